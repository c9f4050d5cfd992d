/**
 * Pieces of a text that must not be broken across lines: a form or standard code ("I-407", "1040-C",
 * "GF 0025-2021") or a date. Browsers may break after any hyphen and between any two Chinese characters, which
 * splits "I-407" into "I-" / "407" and "2027年1月" / "9日". Wrapping only those pieces in a no-wrap span
 * leaves the rest of the text, Chinese included, to wrap as usual.
 */
export interface Run {
  text: string;
  isUnbroken: boolean;
}

/**
 * Codes: letters and digits joined by hyphens, with at least one digit (so "I-407" and "2027-03-10" but not
 * "well-known" or "Z-visa"), with a short capital prefix before a space kept with them ("GF 0025-2021").
 */
const CODE = /(?:\b[A-Z]{1,4} )?\b[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b/g;

function runsOf(text: string, matches: readonly { start: number; end: number }[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const { start, end } of matches) {
    if (start > at) runs.push({ text: text.slice(at, start), isUnbroken: false });
    runs.push({ text: text.slice(start, end), isUnbroken: true });
    at = end;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), isUnbroken: false });
  return runs;
}

/** The text split around every code in it. */
export function codeRuns(text: string): Run[] {
  const matches: { start: number; end: number }[] = [];
  for (const match of text.matchAll(CODE)) {
    if (!/\d/.test(match[0])) continue;
    // The capital prefix only belongs to a code that starts with a digit ("GF 0025-2021", not "US I-407").
    const prefix = /^[A-Z]{1,4} (?=[A-Za-z])/.exec(match[0]);
    const start = match.index + (prefix ? prefix[0].length : 0);
    matches.push({ start, end: match.index + match[0].length });
  }
  return runsOf(text, matches);
}

/** The text split around each occurrence of the given pieces (dates written into a message), earliest first. */
export function pieceRuns(text: string, pieces: readonly string[]): Run[] {
  const matches: { start: number; end: number }[] = [];
  let at = 0;
  for (;;) {
    let best: { start: number; end: number } | null = null;
    for (const piece of pieces) {
      if (!piece) continue;
      const start = text.indexOf(piece, at);
      if (start !== -1 && (!best || start < best.start || (start === best.start && start + piece.length > best.end))) best = { start, end: start + piece.length };
    }
    if (!best) break;
    matches.push(best);
    at = best.end;
  }
  return runsOf(text, matches);
}
