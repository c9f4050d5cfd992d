/**
 * Splits an SVG label into at most two lines that fit `maxWidth` (in the SVG's units) at `fontSize`. SVG text
 * does not wrap, and measuring it in the DOM forces a layout per label (issue 16), so the width is estimated:
 * a CJK or full-width character is 1 em, anything else 0.62 em (DejaVu and Noto Sans average below that).
 * Breaks at spaces, or anywhere between CJK characters, or inside a word wider than the room; a second line
 * that is still too long ends in "…".
 */
export function wrapChartLabel(text: string, maxWidth: number, fontSize: number): string[] {
  // Less a hair, so a label exactly as wide as the room is not pushed over it by float rounding.
  const width = (part: string) => [...part].reduce((sum, char) => sum + (isWide(char) ? 1 : 0.62) * fontSize, 0) - 1e-6;
  if (width(text) <= maxWidth) return [text];
  const pieces = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/g) ?? [text];
  let first = '';
  let index = 0;
  for (; index < pieces.length; index++) {
    const next = first + pieces[index];
    if (first.trim() !== '' && width(next.trimEnd()) > maxWidth) break;
    first = next;
  }
  let rest = pieces.slice(index).join('').trim();
  first = first.trim();
  // One word wider than the room (a long company name): broken inside the word, as CSS's overflow-wrap would,
  // rather than drawn past the room's edge and cut there.
  if (width(first) > maxWidth) {
    const chars = [...first];
    let fits = 1;
    while (fits < chars.length && width(chars.slice(0, fits + 1).join('')) <= maxWidth) fits++;
    rest = `${chars.slice(fits).join('')}${rest === '' ? '' : ` ${rest}`}`;
    first = chars.slice(0, fits).join('');
  }
  if (rest === '') return [first];
  return [first, ellipsize(rest, maxWidth, width)];
}

function ellipsize(text: string, maxWidth: number, width: (part: string) => number): string {
  if (width(text) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && width(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef);
}
