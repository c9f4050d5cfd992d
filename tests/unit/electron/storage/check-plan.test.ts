import { describe, expect, it } from 'vitest';
import { adoptUnchanged, checkAgainstAccepted, isSameData } from '../../../../electron/services/storage/check-plan';
import { planDocumentSchema, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { generateLargePlan } from '../../../fixtures/large-plan';

/** What main has accepted before: the schema's own output, as the store keeps it. */
const accepted = planDocumentSchema.parse(generateLargePlan(0.25));
/** A document as IPC delivers it: a structured copy, sharing no object with anything main holds. */
const received = (edit: (plan: PlanDocument) => unknown = (plan) => plan) => structuredClone(edit(structuredClone(accepted)));

const mutate = (fn: (plan: PlanDocument) => void) => (plan: PlanDocument) => {
  fn(plan);
  return plan;
};

/** Edits made in place on a copy, as anything could send them; each must get the whole schema's verdict. */
const EDITS: Record<string, (plan: PlanDocument) => unknown> = {
  'nothing changed': (p) => p,
  'a name typed': mutate((p) => (p.profile.displayName = 'Lin')),
  'an offer amount typed': mutate((p) => (p.offers[1]!.base.amountMinor = 9_900_000)),
  'a negative offer amount': mutate((p) => (p.offers[1]!.base.amountMinor = -1)),
  'an offer moved to the front': mutate((p) => p.offers.unshift(p.offers.pop()!)),
  'an offer duplicated': mutate((p) => p.offers.push(structuredClone(p.offers[0]!))),
  'an offer removed, its tax settings left behind': mutate((p) => p.offers.shift()),
  'a checklist item ticked': mutate((p) => (p.checklists.checklists[2]!.items[1]!.status = 'done')),
  'a checklist item blocking itself': mutate((p) => {
    const item = p.checklists.checklists[2]!.items[1]!;
    item.blockedBy = [item.id];
  }),
  'a checklist title with spaces around it': mutate((p) => (p.checklists.checklists[0]!.title = { en: '  Visa  ', 'zh-CN': ' 签证 ' })),
  'a study-log entry for a goal that does not exist': mutate((p) => (p.language.studyLog[0]!.goalId = 'nobody')),
  'a tax rate out of range': mutate((p) => (p.taxByOffer[p.offers[0]!.id]!.effectiveRateBp = -5)),
  'a field the document does not have': mutate((p) => Object.assign(p, { surprise: true })),
  'a field named like a prototype method': mutate((p) => Object.assign(p, { toString: 'x' })),
  'schema version 1': mutate((p) => Object.assign(p, { schemaVersion: 1 })),
  // Values a structured copy carries and JSON does not: the schema refuses each, so must main.
  'a date object where a date string was': mutate((p) => Object.assign(p.move, { targetMoveDate: new Date('2027-03-01') })),
  'a boxed string where a string was': mutate((p) => Object.assign(p.profile, { displayName: new String(p.profile.displayName) })),
  'NaN where a number was': mutate((p) => (p.offers[0]!.base.amountMinor = Number.NaN)),
  'a Map where the tax settings were': (p) => ({ ...p, taxByOffer: new Map(Object.entries(p.taxByOffer)) }),
  'an extra key holding undefined': mutate((p) => Object.assign(p.offers[0]!, { surprise: undefined })),
  'a hole in the study log': mutate((p) => delete p.language.studyLog[3]),
  'not an object at all': () => 'plan',
  null: () => null,
};

describe('checkAgainstAccepted: the whole schema\'s verdict and output, parsing only what differs', () => {
  for (const [name, edit] of Object.entries(EDITS)) {
    it(name, () => {
      const document = received(edit);
      const whole = planDocumentSchema.safeParse(structuredClone(document));
      const checked = checkAgainstAccepted(accepted, document);
      expect(checked.ok).toBe(whole.success);
      if (checked.ok && whole.success) expect(checked.document).toEqual(whole.data);
      // A refusal lists what the whole schema lists.
      if (!checked.ok && !whole.success) expect(Object.keys(checked.fieldErrors).length).toBe(new Set(whole.error.issues.map((i) => i.path.join('.') || '(root)')).size);
    });
  }

  it('keeps the accepted objects for every part that did not change', () => {
    const document = received(EDITS['a checklist item ticked']!);
    const checked = checkAgainstAccepted(accepted, document);
    if (!checked.ok) throw new Error('expected it to pass');
    expect(checked.document.offers).toBe(accepted.offers);
    expect(checked.document.language).toBe(accepted.language);
    expect(checked.document.checklists.checklists[0]).toBe(accepted.checklists.checklists[0]);
    expect(checked.document.checklists.checklists[2]).not.toBe(accepted.checklists.checklists[2]);
    expect(checked.document.checklists.checklists[2]!.items[1]!.status).toBe('done');
  });

  it('finds a moved offer by its id', () => {
    const adopted = adoptUnchanged(accepted, received(EDITS['an offer moved to the front']!) as Record<string, unknown>);
    expect(adopted.offers[0]).toBe(accepted.offers.at(-1));
    expect(adopted.offers[1]).toBe(accepted.offers[0]);
  });
});

describe('isSameData', () => {
  it('is plain data equality, nothing looser', () => {
    expect(isSameData({ a: [1, 'x', null, { b: true }] }, { a: [1, 'x', null, { b: true }] })).toBe(true);
    expect(isSameData({ b: 1, a: 2 }, { a: 2, b: 1 })).toBe(true);
    expect(isSameData({ a: 1, extra: undefined }, { a: 1 })).toBe(false);
    expect(isSameData({}, { a: undefined })).toBe(false);
    expect(isSameData(new Date(0), {})).toBe(false);
    expect(isSameData(new String('x'), 'x')).toBe(false);
    expect(isSameData(Number.NaN, Number.NaN)).toBe(false);
    expect(isSameData({ 0: 'a', length: 1 }, ['a'])).toBe(false);
    expect(isSameData(['a'], { 0: 'a' })).toBe(false);
    expect(isSameData([1, 2], [1, 2, 3])).toBe(false);
  });
});
