import type { Checklist } from '../checklists/schema';
import { textIn, type Locale, type LocalizedText } from '../checklists/localized-text';
import type { OpenTarget } from '../contract/open-target';
import type { LanguageGoal, StudyLogEntry } from '../language/schema';
import type { Offer } from '../offers/schema';
import type { PlanDocument } from '../plan/plan-schema';

/** What a result is; the page names each kind in its language. */
export type SearchKind = 'offer' | 'checklist' | 'checklistItem' | 'goal' | 'studyLog' | 'profile' | 'move';

/** A field of an entry that can match; the page names it ("Notes") and may focus it. */
export type SearchField =
  | 'company'
  | 'role'
  | 'level'
  | 'city'
  | 'country'
  | 'notes'
  | 'benefits'
  | 'title'
  | 'details'
  | 'language'
  | 'targetLevel'
  | 'why'
  | 'note'
  | 'displayName'
  | 'homeCity'
  | 'destinationCity';

export interface SearchEntry {
  /** Unique in the index, stable across rebuilds: the result list's key. */
  key: string;
  kind: SearchKind;
  /** Shown as the result's name, in the interface language where the text has one. */
  title: string;
  /** Where it lives (the checklist of an item, the day of a log entry), shown beside the title. */
  context: string;
  target: OpenTarget;
  fields: readonly { field: SearchField; text: string; folded: string }[];
}

/**
 * Folds text for matching: Unicode compatibility forms (full-width Latin, half-width kana), case, and
 * accents, so "cafe" finds "Café" and "ＨＳＫ" finds "HSK". Chinese characters stay as they are.
 */
const PLAIN_ASCII = /^[\x20-\x7e\s]*$/;

export function foldText(text: string): string {
  // Most of a plan is plain ASCII: lower-casing is all it needs, and it is many times faster than NFKD.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

function fieldsOf(pairs: readonly (readonly [SearchField, string | LocalizedText | null | undefined])[]): SearchEntry['fields'] {
  const out: { field: SearchField; text: string; folded: string }[] = [];
  for (const [field, value] of pairs) {
    if (value === null || value === undefined) continue;
    // Built-in text in both languages matches in either: "passport" finds 护照 in the Chinese interface too.
    const texts = typeof value === 'string' ? [value] : [value.en, value['zh-CN']];
    for (const text of texts) if (text.trim() !== '') out.push({ field, text, folded: foldText(text) });
  }
  return out;
}

function offerEntry(offer: Offer): SearchEntry {
  const benefits = [offer.benefits.socialInsurance, offer.benefits.health, offer.benefits.vacation, offer.benefits.other].filter((text) => text.trim() !== '').join('\n');
  return {
    key: `offer:${offer.id}`,
    kind: 'offer',
    title: offer.company,
    context: [offer.role, offer.city].filter((part) => part.trim() !== '').join(' · '),
    target: { section: 'offers', offerId: offer.id },
    fields: fieldsOf([
      ['company', offer.company],
      ['role', offer.role],
      ['level', offer.level],
      ['city', offer.city],
      ['country', offer.country],
      ['notes', offer.notes],
      ['benefits', benefits],
    ]),
  };
}

function checklistEntries(checklist: Checklist, locale: Locale): SearchEntry[] {
  const listTitle = textIn(checklist.title, locale);
  const list: SearchEntry = {
    key: `checklist:${checklist.id}`,
    kind: 'checklist',
    title: listTitle,
    context: '',
    target: { section: 'checklists', checklistId: checklist.id },
    fields: fieldsOf([['title', checklist.title]]),
  };
  const items = checklist.items.map(
    (item): SearchEntry => ({
      key: `item:${checklist.id}:${item.id}`,
      kind: 'checklistItem',
      title: textIn(item.title, locale),
      context: listTitle,
      target: { section: 'checklists', checklistId: checklist.id, itemId: item.id },
      fields: fieldsOf([
        ['title', item.title],
        ['details', item.details],
        ['notes', item.notes],
      ]),
    }),
  );
  return [list, ...items];
}

function goalEntry(goal: LanguageGoal): SearchEntry {
  return {
    key: `goal:${goal.id}`,
    kind: 'goal',
    title: `${goal.language} ${goal.targetLevel}`,
    context: goal.targetDate,
    target: { section: 'language', goalId: goal.id },
    fields: fieldsOf([
      ['language', goal.language],
      ['targetLevel', goal.targetLevel],
      ['why', goal.why],
    ]),
  };
}

function logEntry(entry: StudyLogEntry): SearchEntry | null {
  if (entry.note.trim() === '') return null;
  return {
    key: `log:${entry.id}`,
    kind: 'studyLog',
    title: entry.note,
    context: entry.date,
    target: { section: 'language', goalId: entry.goalId },
    fields: fieldsOf([['note', entry.note]]),
  };
}

function profileEntries(document: PlanDocument): SearchEntry[] {
  const { profile, move } = document;
  const entries: SearchEntry[] = [];
  const own = fieldsOf([
    ['displayName', profile.displayName],
    ['homeCity', profile.homeCity],
  ]);
  if (own.length > 0) entries.push({ key: 'profile', kind: 'profile', title: profile.displayName || profile.homeCity, context: '', target: { section: 'overview' }, fields: own });
  const moving = fieldsOf([
    ['destinationCity', move.destinationCity],
    ['notes', move.notes],
  ]);
  if (moving.length > 0) entries.push({ key: 'move', kind: 'move', title: move.destinationCity, context: '', target: { section: 'overview' }, fields: moving });
  return entries;
}

/**
 * Entries per part of the plan, kept for as long as that part is the same object. Edits replace only what
 * they touch (the store updates immutably), so after typing in one item only that checklist's entries are
 * built again; 50 offers, 30 checklists of 40 items and years of study log are not re-read per keystroke.
 */
export interface SearchIndex {
  /** Every entry of this plan, in plan order (offers, checklists, goals, study log, profile). */
  entriesOf(document: PlanDocument, locale: Locale): readonly SearchEntry[];
}

export function createSearchIndex(): SearchIndex {
  const caches: Record<Locale, { offers: WeakMap<Offer, SearchEntry>; checklists: WeakMap<Checklist, SearchEntry[]> }> = {
    en: { offers: new WeakMap(), checklists: new WeakMap() },
    'zh-CN': { offers: new WeakMap(), checklists: new WeakMap() },
  };
  const goals = new WeakMap<readonly LanguageGoal[], SearchEntry[]>();
  const logs = new WeakMap<readonly StudyLogEntry[], SearchEntry[]>();
  const profiles = new WeakMap<PlanDocument['profile'], WeakMap<PlanDocument['move'], SearchEntry[]>>();
  let last: { document: PlanDocument; locale: Locale; entries: readonly SearchEntry[] } | null = null;

  const cached = <K extends object, V>(map: WeakMap<K, V>, key: K, build: () => V): V => {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = build()));
    return value;
  };

  return {
    entriesOf: (document, locale) => {
      if (last && last.document === document && last.locale === locale) return last.entries;
      const cache = caches[locale];
      const byProfile = cached(profiles, document.profile, () => new WeakMap<PlanDocument['move'], SearchEntry[]>());
      const entries = [
        ...document.offers.map((offer) => cached(cache.offers, offer, () => offerEntry(offer))),
        ...document.checklists.checklists.flatMap((checklist) => cached(cache.checklists, checklist, () => checklistEntries(checklist, locale))),
        ...cached(goals, document.language.goals, () => document.language.goals.map(goalEntry)),
        ...cached(logs, document.language.studyLog, () =>
          // Newest first: the note written last week is likelier the one looked for than one from two years ago.
          document.language.studyLog.flatMap((entry) => logEntry(entry) ?? []).reverse(),
        ),
        ...cached(byProfile, document.move, () => profileEntries(document)),
      ];
      last = { document, locale, entries };
      return entries;
    },
  };
}
