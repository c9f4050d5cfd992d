import { describe, expect, it } from 'vitest';
import { serializePlan, serializePlanBytes } from '../../../../electron/services/storage/plan-file-adapter';
import { type PlanDocument } from '../../../../shared/plan/plan-schema';
import { generateLargePlan } from '../../../fixtures/large-plan';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const expectSameBytes = (document: PlanDocument) => expect(serializePlanBytes(document).equals(Buffer.from(serializePlan(document), 'utf8'))).toBe(true);

describe('serializePlanBytes: the bytes of serializePlan, reusing those of unchanged frozen parts', () => {
  it('writes what JSON.stringify writes, for a frozen plan, an edited copy of it and an unfrozen one', () => {
    const accepted = deepFreeze(generateLargePlan(0.25));
    expectSameBytes(accepted);
    // A copy sharing every section but the profile, and one sharing all but one checklist.
    expectSameBytes({ ...accepted, profile: { ...accepted.profile, displayName: '林 Lin' } });
    const lists = accepted.checklists.checklists.map((list, index) => (index === 1 ? { ...list, title: { en: 'Edited', 'zh-CN': '已编辑' } } : list));
    expectSameBytes({ ...accepted, checklists: { ...accepted.checklists, checklists: lists } });
    expectSameBytes(generateLargePlan(0.25));
  });

  it('leaves out what JSON.stringify leaves out, and escapes what it escapes', () => {
    const plan = deepFreeze(generateLargePlan(0.25));
    expectSameBytes({ ...plan, reminders: undefined, profile: { ...plan.profile, displayName: 'quote " backslash \\ newline \n lone \ud800 emoji 😀' } });
    const withHole = { ...plan, offers: [...plan.offers, undefined] } as unknown as PlanDocument;
    expectSameBytes(withHole);
  });

  it('never reuses the bytes of an object that is not frozen, so a change in place is written', () => {
    const plan = generateLargePlan(0.25);
    serializePlanBytes(plan);
    plan.checklists.checklists[0]!.items[0]!.status = 'done';
    expect(JSON.parse(serializePlanBytes(plan).toString('utf8')).checklists.checklists[0].items[0].status).toBe('done');
    expectSameBytes(plan);
  });
});
