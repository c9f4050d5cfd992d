import { foldText, type SearchEntry, type SearchField } from './search-index';

export interface SearchHit {
  entry: SearchEntry;
  /** The field the first word matched in (the title, or the notes that hold it). */
  field: SearchField;
  /** A short piece of that field around the match, for the result line; empty when it is the title. */
  snippet: string;
}

/** Words of the query; Chinese has no spaces, so a run of characters is one word matched as a substring. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[\s,，、;；]+/u)
    .filter((term) => term !== '');
}

const SNIPPET_RADIUS = 40;

function snippetAround(text: string, folded: string, term: string): string {
  // NFKD can change lengths (ligatures, full-width forms); where it did, take the start of the text instead.
  const at = folded.length === text.length ? folded.indexOf(term) : 0;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + term.length + SNIPPET_RADIUS);
  const piece = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${piece}${end < text.length ? '…' : ''}`;
}

const KIND_ORDER: Record<SearchEntry['kind'], number> = { checklistItem: 0, offer: 1, checklist: 2, goal: 3, studyLog: 4, profile: 5, move: 6 };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordStart(folded: string, at: number): boolean {
  return at === 0 || !LETTER_OR_DIGIT.test(folded[at - 1]!);
}

/**
 * Every entry that holds all the words of the query, best first: words in the title before words in the
 * notes, a word's start before its middle, then the kinds people look for most. Reads each entry's
 * pre-folded text only; nothing of the plan is rebuilt per keystroke.
 */
export function searchPlan(entries: readonly SearchEntry[], query: string, limit = 50): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  type Scored = { entry: SearchEntry; first: { field: SearchField; text: string; folded: string; term: string }; score: number; order: number };
  const scored: Scored[] = [];
  entries.forEach((entry, order) => {
    let score = 0;
    let first: Scored['first'] | null = null;
    for (const term of terms) {
      let best = -1;
      for (const field of entry.fields) {
        const at = field.folded.indexOf(term);
        if (at < 0) continue;
        const isTitle = field.field === 'title' || field.field === 'company' || field.text === entry.title || (entry.kind === 'goal' && field.field === 'language');
        const points = (isTitle ? 4 : 1) + (isWordStart(field.folded, at) ? 2 : 0);
        if (points > best) {
          best = points;
          if (term === terms[0]) first = { field: field.field, text: field.text, folded: field.folded, term };
        }
      }
      if (best < 0) return;
      score += best;
    }
    if (first) scored.push({ entry, first, score, order });
  });
  scored.sort((a, b) => b.score - a.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.order - b.order);
  // Snippets only for what is shown.
  return scored.slice(0, limit).map(({ entry, first }) => ({
    entry,
    field: first.field,
    snippet: first.text === entry.title ? '' : snippetAround(first.text, first.folded, first.term),
  }));
}
