import { describe, expect, it } from 'vitest';
import { checkEdit, parseEdit } from '../../../../shared/plan/check-edit';
import { planDocumentSchema, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { generateLargePlan } from '../../../fixtures/large-plan';

const base = generateLargePlan(0.25);

type Edit = (plan: PlanDocument) => PlanDocument;
const withOffer = (plan: PlanDocument, index: number, edit: (offer: PlanDocument['offers'][number]) => PlanDocument['offers'][number]) => ({
  ...plan,
  offers: plan.offers.map((offer, at) => (at === index ? edit(offer) : offer)),
});
const withChecklist = (plan: PlanDocument, edit: (list: PlanDocument['checklists']['checklists'][number]) => PlanDocument['checklists']['checklists'][number]) => ({
  ...plan,
  checklists: { ...plan.checklists, checklists: plan.checklists.checklists.map((list, at) => (at === 1 ? edit(list) : list)) },
});

/** Each edit as the store's actions make them (new objects only along the changed path). */
const EDITS: Record<string, { edit: Edit; isValid: boolean }> = {
  'an offer amount typed': { isValid: true, edit: (p) => withOffer(p, 2, (o) => ({ ...o, base: { ...o.base, amountMinor: 12_345_600 } })) },
  'a negative offer amount': { isValid: false, edit: (p) => withOffer(p, 2, (o) => ({ ...o, base: { ...o.base, amountMinor: -1 } })) },
  'an empty company name': { isValid: false, edit: (p) => withOffer(p, 0, (o) => ({ ...o, company: ' ' })) },
  'two offers with one id': { isValid: false, edit: (p) => ({ ...p, offers: [...p.offers, { ...p.offers[0]! }] }) },
  'an offer removed with its tax settings': {
    isValid: true,
    edit: (p) => {
      const { [p.offers[0]!.id]: _removed, ...rest } = p.taxByOffer;
      return { ...p, offers: p.offers.slice(1), taxByOffer: rest };
    },
  },
  'an offer removed, its tax settings left behind': { isValid: false, edit: (p) => ({ ...p, offers: p.offers.slice(1) }) },
  'tax settings for an offer that does not exist': { isValid: false, edit: (p) => ({ ...p, taxByOffer: { ...p.taxByOffer, nobody: p.taxByOffer[p.offers[0]!.id]! } }) },
  'a tax rate out of range': {
    isValid: false,
    edit: (p) => ({ ...p, taxByOffer: { ...p.taxByOffer, [p.offers[1]!.id]: { ...p.taxByOffer[p.offers[1]!.id]!, effectiveRateBp: -5 } } }),
  },
  'a checklist item ticked': { isValid: true, edit: (p) => withChecklist(p, (l) => ({ ...l, items: l.items.map((i, at) => (at === 3 ? { ...i, status: 'done' } : i)) })) },
  'an item blocking itself': { isValid: false, edit: (p) => withChecklist(p, (l) => ({ ...l, items: l.items.map((i, at) => (at === 3 ? { ...i, blockedBy: [i.id] } : i)) })) },
  'an unknown item status': { isValid: false, edit: (p) => withChecklist(p, (l) => ({ ...l, items: l.items.map((i, at) => (at === 3 ? { ...i, status: 'maybe' as 'done' } : i)) })) },
  'two checklists with one id': {
    isValid: false,
    edit: (p) => ({ ...p, checklists: { ...p.checklists, checklists: [...p.checklists.checklists, { ...p.checklists.checklists[0]!, order: 99 }] } }),
  },
  'an anchor that is not a date': { isValid: false, edit: (p) => ({ ...p, checklists: { ...p.checklists, anchors: { ...p.checklists.anchors, entry: '2027-02-30' } } }) },
  'a study-log entry added': {
    isValid: true,
    edit: (p) => ({ ...p, language: { ...p.language, studyLog: [...p.language.studyLog, { id: 'new', goalId: 'goal-zh', date: '2026-12-01', minutes: 30, newWords: 4, note: '' }] } }),
  },
  'a study-log entry for a goal that does not exist': {
    isValid: false,
    edit: (p) => ({ ...p, language: { ...p.language, studyLog: [...p.language.studyLog, { id: 'new', goalId: 'nope', date: '2026-12-01', minutes: 30, newWords: 4, note: '' }] } }),
  },
  'a study-log entry with negative minutes': {
    isValid: false,
    edit: (p) => ({ ...p, language: { ...p.language, studyLog: p.language.studyLog.map((e, at) => (at === 4 ? { ...e, minutes: -1 } : e)) } }),
  },
  'a language goal removed with its log': {
    isValid: true,
    edit: (p) => ({ ...p, language: { goals: p.language.goals.slice(1), studyLog: p.language.studyLog.filter((e) => e.goalId !== p.language.goals[0]!.id) } }),
  },
  'a language section with a field it does not have': { isValid: true, edit: (p) => ({ ...p, language: { ...p.language, surprise: 1 } as PlanDocument['language'] }) },
  'a language section without its log': { isValid: false, edit: (p) => ({ ...p, language: { goals: p.language.goals } as PlanDocument['language'] }) },
  'a study log that is not a list': { isValid: false, edit: (p) => ({ ...p, language: { ...p.language, studyLog: {} as PlanDocument['language']['studyLog'] } }) },
  'a home currency that does not exist': { isValid: false, edit: (p) => ({ ...p, profile: { ...p.profile, homeCurrency: 'XXX' as 'USD' } }) },
  'a move date changed': { isValid: true, edit: (p) => ({ ...p, move: { ...p.move, targetMoveDate: '2027-03-02' } }) },
  'a comparison horizon out of range': { isValid: false, edit: (p) => ({ ...p, comparison: { ...p.comparison, horizonYears: 99 } }) },
  'a field the document does not have': { isValid: false, edit: (p) => ({ ...p, surprise: true }) as PlanDocument },
  // Names every object inherits: not fields of the document for all that.
  'a field named like a prototype method': { isValid: false, edit: (p) => ({ ...p, toString: 'x' }) as unknown as PlanDocument },
  'tax settings as an array': { isValid: false, edit: (p) => ({ ...p, offers: [], taxByOffer: [] as unknown as PlanDocument['taxByOffer'] }) },
  'an offer list with a hole': {
    isValid: false,
    edit: (p) => {
      const offers = [...p.offers];
      delete offers[1];
      return { ...p, offers };
    },
  },
  'a checklists section that is an array': { isValid: false, edit: (p) => ({ ...p, checklists: [] as unknown as PlanDocument['checklists'] }) },
  'a checklist title with spaces around it (trimmed)': {
    isValid: true,
    edit: (p) => withChecklist(p, (l) => ({ ...l, title: { en: '  Moving day  ', 'zh-CN': ' 搬家 ' } })),
  },
  'an offer with a company name with spaces around it (trimmed)': { isValid: true, edit: (p) => withOffer(p, 1, (o) => ({ ...o, company: '  Acme  ' })) },
  'tax settings missing fields that have defaults': {
    isValid: true,
    edit: (p) => {
      const id = p.offers[2]!.id;
      const { bonusTreatment: _bonusTreatment, effectiveRateBp: _rate, ...rest } = p.taxByOffer[id] as Record<string, unknown>;
      return { ...p, taxByOffer: { ...p.taxByOffer, [id]: rest as unknown as PlanDocument['taxByOffer'][string] } };
    },
  },
  'an optional section removed': { isValid: true, edit: (p) => ({ ...p, reminders: undefined }) },
  'a document that is not an object': { isValid: false, edit: () => [] as unknown as PlanDocument },
};

describe('checkEdit: checks only what an edit touched, and agrees with the whole-document schema', () => {
  it('starts from a plan that passes', () => {
    expect(planDocumentSchema.safeParse(base).success).toBe(true);
    expect(checkEdit(base, base)).toBeNull();
  });

  for (const [name, { edit, isValid }] of Object.entries(EDITS)) {
    it(name, () => {
      const after = edit(base);
      expect(planDocumentSchema.safeParse(after).success).toBe(isValid);
      const issue = checkEdit(base, after);
      expect(issue === null).toBe(isValid);
    });
  }

  it('returns what the schema returns (trimmed, defaults filled), sharing every part the edit left alone', () => {
    for (const [name, { edit, isValid }] of Object.entries(EDITS)) {
      if (!isValid) continue;
      const after = edit(base);
      const result = parseEdit(base, after);
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      expect(result.document, name).toEqual(planDocumentSchema.parse(after));
      for (const key of Object.keys(base) as (keyof PlanDocument)[]) {
        if (after[key] === base[key]) expect(result.document[key], `${name}: ${key}`).toBe(base[key]);
      }
    }
  });

  it('names where the problem is', () => {
    expect(checkEdit(base, EDITS['a negative offer amount']!.edit(base))).toEqual({ message: expect.any(String), path: ['offers', 2, 'base', 'amountMinor'] });
    expect(checkEdit(base, EDITS['an item blocking itself']!.edit(base))?.path.slice(0, 4)).toEqual(['checklists', 'checklists', 1, 'items']);
    expect(checkEdit(base, EDITS['a study-log entry with negative minutes']!.edit(base))).toEqual({ message: 'language.error.minutesNegative', path: ['language', 'studyLog', 4, 'minutes'] });
    expect(checkEdit(base, EDITS['a study-log entry for a goal that does not exist']!.edit(base))?.path).toEqual(['language', 'studyLog', base.language.studyLog.length, 'goalId']);
  });

  it('does not look at sections the edit left alone (an unchanged invalid part is main\'s to refuse)', () => {
    const broken = { ...base, comparison: { ...base.comparison, horizonYears: 99 } };
    const typed = withOffer(broken, 0, (o) => ({ ...o, role: 'Principal Engineer' }));
    expect(checkEdit(broken, typed)).toBeNull();
  });
});
