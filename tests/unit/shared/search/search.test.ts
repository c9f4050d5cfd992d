import { describe, expect, it } from 'vitest';
import { createChecklistFromTemplate, createCustomItem } from '../../../../shared/checklists/create-checklist';
import { BUILT_IN_TEMPLATES } from '../../../../shared/checklists/templates/index';
import { createEmptyOffer } from '../../../../shared/offers/create-empty-offer';
import { createEmptyPlan, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { createSearchIndex, foldText, queryTerms, searchPlan } from '../../../../shared/search';
import { generateLargePlan } from '../../../fixtures/large-plan';

function smallPlan(): PlanDocument {
  const plan = createEmptyPlan('en');
  const template = BUILT_IN_TEMPLATES[0]!;
  let next = 0;
  const checklist = createChecklistFromTemplate(template, () => `id-${(next += 1)}`, '2027-01-10');
  const custom = { ...createCustomItem({ title: 'Book the flight' }, () => 'ticket'), notes: 'Ask Lufthansa about the excess baggage allowance for books' };
  const offer = { ...createEmptyOffer('acme', '2027-03-01'), company: 'Acme Robotics', role: 'Staff engineer', city: 'Shanghai', notes: 'Housing near Jing’an' };
  return {
    ...plan,
    profile: { ...plan.profile, displayName: 'Mei Chen', homeCity: 'Zürich' },
    move: { ...plan.move, destinationCity: 'Shanghai', notes: 'Ship the piano by sea' },
    offers: [offer],
    checklists: { ...plan.checklists, checklists: [{ ...checklist, items: [...checklist.items, custom] }] },
    language: {
      goals: [],
      studyLog: [],
    },
  };
}

describe('plan search', () => {
  it('finds a checklist item by a word of its note, in the checklist it lives in, with the words around it', () => {
    const plan = smallPlan();
    const entries = createSearchIndex().entriesOf(plan, 'en');
    const [hit, ...rest] = searchPlan(entries, 'baggage');
    expect(rest).toEqual([]);
    expect(hit!.entry.kind).toBe('checklistItem');
    expect(hit!.entry.title).toBe('Book the flight');
    expect(hit!.entry.target).toEqual({ section: 'checklists', checklistId: plan.checklists.checklists[0]!.id, itemId: 'ticket' });
    expect(hit!.field).toBe('notes');
    expect(hit!.snippet).toBe('Ask Lufthansa about the excess baggage allowance for books');
  });

  it('needs every word, in any field of one entry, ignoring case and accents', () => {
    const entries = createSearchIndex().entriesOf(smallPlan(), 'en');
    expect(searchPlan(entries, 'ACME shanghai').map((hit) => hit.entry.key)).toEqual(['offer:acme']);
    expect(searchPlan(entries, 'acme piano')).toEqual([]);
    expect(searchPlan(entries, 'zurich').map((hit) => hit.entry.kind)).toEqual(['profile']);
    expect(searchPlan(entries, 'piano').map((hit) => [hit.entry.kind, hit.field])).toEqual([['move', 'notes']]);
    expect(searchPlan(entries, '   ')).toEqual([]);
  });

  it('puts title matches before note matches', () => {
    // "Shanghai" is the offer's city (a note-like field: 1 + 2 for a word start = 3) and the move's destination
    // city, which is that entry's title (4 + 2 = 6): the move comes first.
    const entries = createSearchIndex().entriesOf(smallPlan(), 'en');
    expect(searchPlan(entries, 'shanghai').map((hit) => hit.entry.kind)).toEqual(['move', 'offer']);
  });

  it('matches built-in text in both languages and shows it in the interface language', () => {
    const plan = smallPlan();
    const item = plan.checklists.checklists[0]!.items.find((candidate) => typeof candidate.title !== 'string')!;
    const title = item.title as { en: string; 'zh-CN': string };
    const zh = createSearchIndex().entriesOf(plan, 'zh-CN');
    const fromEnglish = searchPlan(zh, title.en).find((hit) => hit.entry.key.endsWith(`:${item.id}`));
    expect(fromEnglish?.entry.title).toBe(title['zh-CN']);
    const fromChinese = searchPlan(zh, title['zh-CN'].slice(0, 2)).find((hit) => hit.entry.key.endsWith(`:${item.id}`));
    expect(fromChinese).toBeDefined();
  });

  it('splits a query on Chinese punctuation too and folds full-width letters', () => {
    expect(queryTerms('护照，签证 HSK')).toEqual(['护照', '签证', 'hsk']);
    expect(foldText('ＨＳＫ４')).toBe('hsk4');
  });

  it('rebuilds only the part of the plan an edit replaced', () => {
    const plan = generateLargePlan();
    const index = createSearchIndex();
    const before = index.entriesOf(plan, 'en');
    // Same document: the very same list, nothing rebuilt.
    expect(index.entriesOf(plan, 'en')).toBe(before);
    const [first, second, ...others] = plan.checklists.checklists;
    const edited = { ...first!, items: first!.items.map((item, i) => (i === 0 ? { ...item, notes: 'quokka sighting' } : item)) };
    const next = { ...plan, checklists: { ...plan.checklists, checklists: [edited, second!, ...others] } };
    const after = index.entriesOf(next, 'en');
    expect(after).not.toBe(before);
    const byKey = new Map(before.map((entry) => [entry.key, entry]));
    const rebuilt = after.filter((entry) => byKey.get(entry.key) !== entry).map((entry) => entry.key);
    // The edited checklist's own entry and its 40 items (and no others) were built again.
    expect(rebuilt).toHaveLength(1 + first!.items.length);
    expect(rebuilt.every((key) => key.includes(first!.id))).toBe(true);
    expect(searchPlan(after, 'quokka').map((hit) => hit.entry.key)).toEqual([`item:${first!.id}:${first!.items[0]!.id}`]);
  });

  it('indexes the whole large plan: every offer, checklist and item, and each study-log entry with a note', () => {
    const plan = generateLargePlan();
    const entries = createSearchIndex().entriesOf(plan, 'en');
    const count = (kind: string) => entries.filter((entry) => entry.kind === kind).length;
    expect(count('offer')).toBe(plan.offers.length);
    expect(count('checklist')).toBe(plan.checklists.checklists.length);
    expect(count('checklistItem')).toBe(plan.checklists.checklists.reduce((sum, checklist) => sum + checklist.items.length, 0));
    expect(count('studyLog')).toBe(plan.language.studyLog.filter((entry) => entry.note.trim() !== '').length);
    expect(count('goal')).toBe(plan.language.goals.length);
    // Limited to 50 results however many match.
    expect(searchPlan(entries, 'a').length).toBeLessThanOrEqual(50);
  });
});
