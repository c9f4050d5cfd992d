import { describe, expect, it } from 'vitest';
import { getIn, setIn } from '../../../../shared/offers/edit-path';
import {
  formatMoneyInput,
  groupMoneyInput,
  formatPercentInput,
  formatRateInput,
  formatYearlyPercentsInput,
  parseMoneyInput,
  parsePercentInput,
  parseRateInput,
  parseWholeInput,
  parseYearlyPercentsInput,
} from '../../../../shared/offers/input-parsers';
import { monthSchema, yearsSchema } from '../../../../shared/offers/schema-primitives';
import { applyOfferEdit, hasPassedCheck, validateComparisonEdit, validateOfferEdit } from '../../../../shared/offers/validate-edit';
import { daysToDeadline, duplicateOffer, sortOffers } from '../../../../shared/offers/offer-list';
import { createDefaultComparisonSettings, offerSchema, type Offer } from '../../../../shared/offers/schema';
import { offerA, offerB } from './fixtures';

describe('edit paths', () => {
  it('sets a nested value without touching the original or its siblings', () => {
    const offer = offerA();
    const changed = setIn(offer, ['equity', 0, 'vesting', 'cliffMonths'], 6);
    expect(getIn(changed, ['equity', 0, 'vesting', 'cliffMonths'])).toBe(6);
    expect(offer.equity[0]?.vesting.cliffMonths).toBe(12);
    expect(changed.allowances).toBe(offer.allowances);
    expect(Array.isArray(changed.equity)).toBe(true);
  });
});

describe('form input parsers', () => {
  it('parses money into minor units and explains every refusal', () => {
    expect(parseMoneyInput('900,000', 'CNY')).toEqual({ ok: true, value: 90_000_000 });
    expect(parseMoneyInput(' 1234.5 ', 'USD')).toEqual({ ok: true, value: 123_450 });
    expect(parseMoneyInput('', 'USD')).toEqual({ ok: true, value: 0 });
    expect(parseMoneyInput('-5', 'USD')).toEqual({ ok: false, messageKey: 'offers.validation.negativeAmount' });
    expect(parseMoneyInput('-5.123', 'USD')).toEqual({ ok: false, messageKey: 'offers.validation.negativeAmount' });
    expect(parseMoneyInput('12.345', 'USD')).toEqual({ ok: false, messageKey: 'offers.validation.wholeMinorUnits' });
    expect(parseMoneyInput('1.5', 'JPY')).toEqual({ ok: false, messageKey: 'offers.validation.wholeMinorUnits' });
    expect(parseMoneyInput('abc', 'USD')).toEqual({ ok: false, messageKey: 'offers.validation.notANumber' });
    expect(parseMoneyInput('1000000000000', 'USD')).toEqual({ ok: true, value: 100_000_000_000_000 });
    expect(parseMoneyInput('1000000000000.01', 'USD')).toEqual({ ok: false, messageKey: 'offers.validation.amountTooLarge' });
    expect(parseMoneyInput('1000000000001', 'JPY')).toEqual({ ok: false, messageKey: 'offers.validation.amountTooLarge' });
    expect(parseMoneyInput('99999999999999999999', 'USD')).toEqual({ ok: false, messageKey: 'offers.validation.amountTooLarge' });
  });

  it('formats money for editing without separators or a .00 tail', () => {
    expect(formatMoneyInput(90_000_000, 'CNY')).toBe('900000');
    expect(formatMoneyInput(123_450, 'USD')).toBe('1234.5');
    expect(formatMoneyInput(1_500, 'JPY')).toBe('1500');
  });

  it('shows money with grouped digits once the field is left, and reads that text back unchanged', () => {
    expect(groupMoneyInput(120_000_000, 'CNY')).toBe('1,200,000');
    expect(groupMoneyInput(123_450, 'USD')).toBe('1,234.5');
    expect(groupMoneyInput(99_900, 'USD')).toBe('999');
    expect(groupMoneyInput(123_456_789_012, 'JPY')).toBe('123,456,789,012');
    expect(groupMoneyInput(0, 'USD')).toBe('0');
    for (const amount of [0, 5, 99_999, 100_000_000_000_000]) expect(parseMoneyInput(groupMoneyInput(amount, 'USD'), 'USD')).toEqual({ ok: true, value: amount });
  });

  it('parses percentages into basis points within range', () => {
    expect(parsePercentInput('15', 0, 100_000)).toEqual({ ok: true, value: 1_500 });
    expect(parsePercentInput('12.5%', 0, 100_000)).toEqual({ ok: true, value: 1_250 });
    expect(parsePercentInput('-3', -10_000, 100_000)).toEqual({ ok: true, value: -300 });
    expect(parsePercentInput('-3', 0, 100_000)).toEqual({ ok: false, messageKey: 'offers.validation.percentRange' });
    expect(parsePercentInput('1.234', 0, 100_000)).toEqual({ ok: false, messageKey: 'offers.validation.percentRange' });
    expect(parsePercentInput('x', 0, 100)).toEqual({ ok: false, messageKey: 'offers.validation.notANumber' });
    expect(formatPercentInput(1_250)).toBe('12.5');
    expect(formatPercentInput(1_500)).toBe('15');
  });

  it('parses yearly vesting percentages', () => {
    expect(parseYearlyPercentsInput('25, 25, 25, 25')).toEqual({ ok: true, value: [2_500, 2_500, 2_500, 2_500] });
    expect(parseYearlyPercentsInput('33/33/34')).toEqual({ ok: true, value: [3_300, 3_300, 3_400] });
    expect(parseYearlyPercentsInput('  ')).toEqual({ ok: false, messageKey: 'offers.validation.vestingEmpty' });
    expect(parseYearlyPercentsInput('50, x')).toEqual({ ok: false, messageKey: 'offers.validation.notANumber' });
    expect(formatYearlyPercentsInput([500, 1_500, 4_000, 4_000])).toBe('5, 15, 40, 40');
  });

  it('parses whole numbers with the schema and an empty value', () => {
    expect(parseWholeInput(monthSchema)('12')).toEqual({ ok: true, value: 12 });
    expect(parseWholeInput(monthSchema)('')).toEqual({ ok: true, value: 0 });
    expect(parseWholeInput(monthSchema)('2.5')).toEqual({ ok: false, messageKey: 'offers.validation.notANumber' });
    expect(parseWholeInput(monthSchema)('-1')).toEqual({ ok: false, messageKey: 'offers.validation.monthRange' });
    expect(parseWholeInput(yearsSchema.nullable(), null)('')).toEqual({ ok: true, value: null });
  });

  it('parses exchange rates as micros and shows at least two decimals', () => {
    expect(parseRateInput('7.10')).toEqual({ ok: true, value: 7_100_000 });
    expect(parseRateInput('0')).toEqual({ ok: false, messageKey: 'offers.validation.rateNotPositive' });
    expect(parseRateInput('-1')).toEqual({ ok: false, messageKey: 'offers.validation.rateNotPositive' });
    expect(parseRateInput('')).toEqual({ ok: false, messageKey: 'offers.validation.rateNotPositive' });
    expect(parseRateInput('seven')).toEqual({ ok: false, messageKey: 'offers.validation.notANumber' });
    expect(formatRateInput(7_100_000)).toBe('7.10');
    expect(formatRateInput(150_000_000)).toBe('150.00');
    expect(formatRateInput(3_672_500)).toBe('3.6725');
  });
});

describe('validating one field against the whole offer', () => {
  it('accepts a valid change and returns the new offer', () => {
    const result = validateOfferEdit(offerA(), ['base', 'amountMinor'], 100_000_000);
    expect(result.ok && result.value.base.amountMinor).toBe(100_000_000);
  });

  it('reports custom vesting that does not add up at the vesting field', () => {
    const offer = setIn(offerA(), ['equity', 0, 'vesting', 'preset'], 'custom');
    const result = validateOfferEdit(offer, ['equity', 0, 'vesting', 'customYearlyBp'], [2_500, 2_500]);
    expect(result).toEqual({ ok: false, messageKey: 'offers.validation.vestingSum' });
  });

  it('reports a cliff longer than the schedule at the cliff field', () => {
    expect(validateOfferEdit(offerA(), ['equity', 0, 'vesting', 'cliffMonths'], 60)).toEqual({
      ok: false,
      messageKey: 'offers.validation.cliffTooLong',
    });
  });

  it('reports an empty company and an impossible date', () => {
    expect(validateOfferEdit(offerA(), ['company'], '  ')).toEqual({ ok: false, messageKey: 'offers.validation.companyRequired' });
    expect(validateOfferEdit(offerA(), ['startDate'], '2027-02-30')).toEqual({ ok: false, messageKey: 'offers.validation.invalidDate' });
  });

  it('reports a duplicate exchange-rate pair in the comparison settings', () => {
    const settings = createDefaultComparisonSettings();
    const result = validateComparisonEdit(settings, ['fx', 'rates', settings.fx.rates.length], { base: 'CNY', quote: 'USD', rateMicros: 140_000 });
    expect(result).toEqual({ ok: false, messageKey: 'offers.validation.duplicateRate' });
  });

  // A keystroke checks the same edit up to three times (field, commit, store): the repeats are remembered.
  it('applies a valid edit as given, and marks exactly that record as checked', () => {
    const offer = offerA();
    const next = applyOfferEdit(offer, ['base', 'amountMinor'], 100_000_000);
    expect(next?.base.amountMinor).toBe(100_000_000);
    expect(next?.company).toBe(offer.company);
    expect(offer.base.amountMinor).not.toBe(100_000_000);
    expect(hasPassedCheck(next)).toBe(true);
    // A copy with the same contents was never checked, nor was the record the edit started from.
    expect(hasPassedCheck(structuredClone(next))).toBe(false);
    expect(hasPassedCheck(offer)).toBe(false);
    expect(offerSchema.safeParse(next).success).toBe(true);
  });

  it('refuses an invalid edit, also when the same edit is asked for again', () => {
    const offer = offerA();
    const first = validateOfferEdit(offer, ['equity', 0, 'vesting', 'cliffMonths'], 60);
    expect(applyOfferEdit(offer, ['equity', 0, 'vesting', 'cliffMonths'], 60)).toBeNull();
    expect(validateOfferEdit(offer, ['equity', 0, 'vesting', 'cliffMonths'], 60)).toEqual(first);
    // The remembered check is per record, path and value: another value or record is checked afresh.
    expect(applyOfferEdit(offer, ['equity', 0, 'vesting', 'cliffMonths'], 6)?.equity[0]?.vesting.cliffMonths).toBe(6);
    expect(validateOfferEdit(offerA(), ['equity', 0, 'vesting', 'cliffMonths'], 6).ok).toBe(true);
    expect(validateOfferEdit(offer, ['company'], '  ')).toEqual({ ok: false, messageKey: 'offers.validation.companyRequired' });
  });
});

describe('offers list helpers', () => {
  const withDeadline = (offer: Offer, decisionDeadline: string | null, status: Offer['status']): Offer => ({ ...offer, decisionDeadline, status });
  const rates = createDefaultComparisonSettings().fx.rates;

  it('sorts by company, status, deadline and first-year total', () => {
    const a = withDeadline(offerA(), '2027-02-01', 'negotiating');
    const b = withDeadline(offerB(), null, 'considering');
    const c: Offer = { ...withDeadline(offerB(), '2027-01-20', 'accepted'), id: 'offer-c', company: 'Acme', currency: 'JPY' };
    const ids = (list: Offer[]) => list.map((offer) => offer.id);
    expect(ids(sortOffers([a, b, c], 'company', 'USD', rates))).toEqual(['offer-c', 'offer-b', 'offer-a']);
    expect(ids(sortOffers([a, b, c], 'status', 'USD', rates))).toEqual(['offer-b', 'offer-a', 'offer-c']);
    expect(ids(sortOffers([a, b, c], 'deadline', 'USD', rates))).toEqual(['offer-c', 'offer-a', 'offer-b']);
    // A: 1,815,000 CNY = 255,633.80 USD; B: 368,500 USD; C in JPY converts through the example table.
    expect(ids(sortOffers([a, b], 'firstYearTotal', 'USD', rates))).toEqual(['offer-b', 'offer-a']);
    expect(ids(sortOffers([a, b], 'firstYearTotal', 'USD', []))).toEqual(['offer-b', 'offer-a']);
  });

  it('counts days to the deadline, negative once passed', () => {
    expect(daysToDeadline({ decisionDeadline: '2027-01-21' }, '2027-01-11')).toBe(10);
    expect(daysToDeadline({ decisionDeadline: '2027-01-01' }, '2027-01-11')).toBe(-10);
    expect(daysToDeadline({ decisionDeadline: null }, '2027-01-11')).toBeNull();
  });

  it('duplicates as a valid, unarchived, independent copy', () => {
    const original = { ...offerA(), isArchived: true };
    const copy = duplicateOffer(original, 'offer-copy', ' (copy)');
    expect(copy).toMatchObject({ id: 'offer-copy', company: 'Shanghai Tech (copy)', isArchived: false });
    expect(offerSchema.safeParse(copy).success).toBe(true);
    copy.equity[0]!.grantValueMinor = 1;
    expect(original.equity[0]?.grantValueMinor).toBe(120_000_000);
    expect(duplicateOffer({ ...original, company: 'x'.repeat(200) }, 'y', ' (copy)').company).toBe('x'.repeat(200));
  });
});
