import { describe, expect, it } from 'vitest';
import { defaultTaxSettings } from '../../../../shared/offer-tax/default-settings';
import { planDocumentSchema, createEmptyPlan } from '../../../../shared/plan/plan-schema';
import {
  ResidencySectionSchema,
  offerResidenceAnswer,
  taxResidenceFromLog,
  taxSettingsWithLog,
  withLogResidence,
  validateStayDraft,
  type ResidencySection,
  type Stay,
} from '../../../../shared/residency';

const stay = (id: string, entry: string, exit: string | null, isPlanned = false): Stay => ({ id, entry, exit, isPlanned, note: '' });
const log = (stays: Stay[], isUsedForTax = true): ResidencySection => ({ stays, isUsedForTax });
const china = { country: 'CN' };

describe('the log decides China tax residence', () => {
  // 2027-03-01 -> 2027-06-01: full days 03-02..05-31 = 30 + 30 + 31 = 91, under 183.
  const shortYear = log([stay('a', '2027-03-01', '2027-06-01')]);
  // The same stay followed by a planned one from 2027-07-01 to the end of 2027: + 07-02..12-31 = 183 -> 274.
  const withPlan = log([stay('a', '2027-03-01', '2027-06-01'), stay('b', '2027-07-01', null, true)]);

  it('a foreign national is judged by full days, planned trips included', () => {
    expect(taxResidenceFromLog(shortYear, true, 2027)).toEqual({ year: 2027, basis: 'days', fullDays: 91, isResident: false });
    expect(taxResidenceFromLog(withPlan, true, 2027)).toEqual({ year: 2027, basis: 'days', fullDays: 274, isResident: true });
  });

  it('a Chinese citizen is domiciled: resident whatever the days', () => {
    expect(taxResidenceFromLog(shortYear, false, 2027)).toMatchObject({ basis: 'domicile', isResident: true, fullDays: 91 });
  });

  it('no log, or a log not used for tax, gives no answer', () => {
    expect(taxResidenceFromLog(undefined, true, 2027)).toBeNull();
    expect(taxResidenceFromLog(log([]), true, 2027)).toBeNull();
    expect(taxResidenceFromLog(log(shortYear.stays, false), true, 2027)).toBeNull();
  });

  it('replaces the China model only, and by the offer’s first tax year', () => {
    const resident = defaultTaxSettings(china, 'US', 'china-resident');
    expect(resident.isForeignNational).toBe(true);
    // Offer starting 2027-03-01: year 1 is 2027-03..2028-02, 10 months in 2027, taxed as 2027.
    const answer = offerResidenceAnswer({ startDate: '2027-03-01' }, resident, shortYear);
    expect(answer).toMatchObject({ year: 2027, isResident: false });
    expect(withLogResidence(resident, answer).model).toBe('china-nonresident');
    const rate = defaultTaxSettings(china, 'US', 'effective-rate');
    expect(withLogResidence(rate, answer)).toBe(rate);
    const all = taxSettingsWithLog([{ id: 'o1', startDate: '2027-03-01' }], { o1: resident }, shortYear);
    expect(all.o1!.model).toBe('china-nonresident');
    expect(taxSettingsWithLog([{ id: 'o1', startDate: '2027-03-01' }], { o1: resident }, undefined).o1).toBe(resident);
  });
});

describe('the trip log in the plan', () => {
  it('is optional: a plan without it still validates, and one with it too', () => {
    const plan = createEmptyPlan();
    expect(planDocumentSchema.safeParse(plan).success).toBe(true);
    expect(planDocumentSchema.safeParse({ ...plan, residency: log([stay('a', '2027-01-01', '2027-02-01')]) }).success).toBe(true);
  });

  it('refuses an exit before entry, overlapping stays and a stay after an open one, at the field', () => {
    const messages = (stays: Stay[]) => ResidencySectionSchema.safeParse(log(stays)).error?.issues.map((i) => [i.message, i.path.join('.')]);
    expect(messages([stay('a', '2027-02-01', '2027-01-01')])).toEqual([['residency.validation.exitBeforeEntry', 'stays.0.exit']]);
    expect(messages([stay('a', '2027-01-01', '2027-03-01'), stay('b', '2027-02-01', '2027-04-01')])).toEqual([
      ['residency.validation.overlap', 'stays.1.entry'],
    ]);
    expect(messages([stay('a', '2027-01-01', null), stay('b', '2027-02-01', '2027-04-01')])).toEqual([
      ['residency.validation.afterOpenStay', 'stays.1.entry'],
    ]);
    // Out and back in on the same day is fine.
    expect(messages([stay('a', '2027-01-01', '2027-03-01'), stay('b', '2027-03-01', '2027-04-01')])).toBeUndefined();
  });
});

describe('the stay form', () => {
  const others = [stay('a', '2027-01-01', '2027-03-01')];
  const draft = (entry: string, exit: string, id = 'new') => ({ id, entry, exit, isPlanned: false, note: '' });

  it('puts each message at its field', () => {
    expect(validateStayDraft(draft('2027-02-30', ''), others)).toEqual({ ok: false, errors: { entry: { key: 'residency.validation.date' } } });
    expect(validateStayDraft(draft('2027-05-01', '2027-04-01'), others)).toEqual({ ok: false, errors: { exit: { key: 'residency.validation.exitBeforeEntry' } } });
    expect(validateStayDraft(draft('2027-02-01', '2027-04-01'), others)).toEqual({ ok: false, errors: { entry: { key: 'residency.validation.overlap' } } });
  });

  it('accepts an open stay after the others, and an edit of a stay that does not overlap itself', () => {
    expect(validateStayDraft(draft('2027-03-01', ''), others)).toEqual({ ok: true, value: { id: 'new', entry: '2027-03-01', exit: null, isPlanned: false, note: '' } });
    expect(validateStayDraft(draft('2027-01-05', '2027-02-01', 'a'), others).ok).toBe(true);
  });
});
