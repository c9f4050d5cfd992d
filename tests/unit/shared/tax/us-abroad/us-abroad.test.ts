import { describe, expect, it } from 'vitest';
import { computeTax, TaxSettingsSchema } from '../../../../../shared/tax';
import { computeUsAbroad } from '../../../../../shared/tax/us-abroad/us-abroad';
import { findUsFederalRules } from '../../../../../shared/tax/us/us-rules';
import { UsAbroadSettingsSchema } from '../../../../../shared/tax/us/us-schema';
import { settings, yearInput, yuan } from '../helpers';

const usd = (amount: number) => Math.round(amount * 100);
const rules2026 = findUsFederalRules(2026)!;

function abroad(wages: number, foreignTax: number, partial: Parameters<typeof UsAbroadSettingsSchema.parse>[0] = {}) {
  return computeUsAbroad({ rules: rules2026, settings: UsAbroadSettingsSchema.parse(partial), foreignWagesMinor: usd(wages), foreignTaxMinor: usd(foreignTax) });
}

describe('reference example (d): US citizen in Shanghai, 2026, wages 300,000, China tax 90,000, single', () => {
  const r = abroad(300_000, 90_000);

  it('FEIE with stacking: 43,640.25 before credit, US tax 0, 6,489.75 carried over', () => {
    // Excluded 132,900; taxable 300,000 - 132,900 - 16,100 = 151,000.
    // Stacked: tax(151,000 + 132,900 = 283,900) - tax(132,900) = 68,134.25 - 24,494 = 43,640.25, where
    // tax(283,900) = 1,240 + 4,560 + 12,166 + 23,058 + 32% x 54,450 (17,424) + 35% x 27,675 (9,686.25) and
    // tax(132,900) = 1,240 + 4,560 + 12,166 + 24% x 27,200 (6,528).
    // Disallowed: 90,000 x 132,900 / 300,000 = 39,870; creditable 50,130; credit 43,640.25; carryover
    // 50,130 - 43,640.25 = 6,489.75 (the reference: 6,490).
    expect(r.routes.feie).toMatchObject({
      excludedMinor: usd(132_900),
      taxableMinor: usd(151_000),
      taxBeforeCreditMinor: usd(43_640.25),
      creditableMinor: usd(50_130),
      creditMinor: usd(43_640.25),
      usTaxMinor: 0,
      carryoverMinor: usd(6_489.75),
    });
  });

  it('FTC only: 68,134.25 before credit, US tax 0, 21,865.75 carried over', () => {
    // Taxable 300,000 - 16,100 = 283,900 -> 68,134.25; the 90,000 of China tax covers it;
    // carryover 90,000 - 68,134.25 = 21,865.75 (the reference: 21,866).
    expect(r.routes.ftc).toMatchObject({ taxableMinor: usd(283_900), taxBeforeCreditMinor: usd(68_134.25), usTaxMinor: 0, carryoverMinor: usd(21_865.75) });
  });

  it('suggests the credit (same zero tax, larger carryover), no FICA, a state-domicile warning', () => {
    expect(r.suggested).toBe('ftc');
    expect(r.chosen).toBe('ftc');
    expect(r.steps.find((s) => s.labelKey === 'tax.explain.usAbroad.choice')?.values.reason).toBe('tieKeepsCarryover');
    expect(r.ficaMinor).toBe(0);
    expect(r.totalMinor).toBe(0);
    expect(r.carryoverMinor).toBe(usd(21_865.75));
    expect(r.notices).toContain('tax.notice.usAbroad.stateDomicileWarning');
  });

  it('keeping a California domicile: California taxes all 300,000, no exclusion, no credit: 23,774.98', () => {
    // Taxable 294,294 on the 2025 schedule: 23,807.98; exemption credit 153 - 20 x 6 = 33.
    const ca = abroad(300_000, 90_000, { keepsCaliforniaDomicile: true });
    expect(ca.californiaMinor).toBe(usd(23_774.98));
    expect(ca.totalMinor).toBe(usd(23_774.98));
  });
});

describe('when China tax is low, the FEIE helps', () => {
  it('wages 120,000 with 5,000 foreign tax: FEIE excludes all of it (0), FTC leaves tax to pay', () => {
    const r = abroad(120_000, 5_000);
    expect(r.routes.feie.usTaxMinor).toBe(0);
    // FTC: taxable 103,900 -> 1,240 + 4,560 + 22% x 53,500 (11,770) = 17,570; less 5,000 = 12,570.
    expect(r.routes.ftc.usTaxMinor).toBe(usd(12_570));
    expect(r.suggested).toBe('feie');
  });

  it('without the presence test there is no FEIE; an American employer brings FICA', () => {
    const r = abroad(120_000, 5_000, { meetsPresenceTest: false, route: 'feie', hasAmericanEmployer: true });
    expect(r.chosen).toBe('ftc');
    expect(r.notices).toContain('tax.notice.usAbroad.feieNeedsPresence');
    // 6.2% x 120,000 + 1.45% x 120,000 = 7,440 + 1,740.
    expect(r.ficaMinor).toBe(usd(9_180));
    expect(r.totalMinor).toBe(usd(12_570 + 9_180));
  });

  it('a carryover from earlier years is used by the credit', () => {
    const r = abroad(120_000, 5_000, { carryoverInMinor: usd(20_000) });
    expect(r.routes.ftc).toMatchObject({ usTaxMinor: 0, carryoverMinor: usd(25_000 - 17_570) });
  });
});

describe('through computeTax: a US citizen under the China model', () => {
  const rates = [{ base: 'USD' as const, quote: 'CNY' as const, rateMicros: 7_100_000 }];
  it('adds nothing under the FTC when China taxes more; names the carryover; a non-US person is untouched', () => {
    const s = settings({ model: 'china-resident' });
    const input = yearInput({ taxYear: 2026, wagesMinor: yuan(2_130_000) });
    const plain = computeTax(s, input);
    const us = computeTax(s, input, { currency: 'CNY', rates, usPerson: 'citizen' });
    if (!plain.ok || !us.ok) throw new Error('expected ok');
    // China: taxable 2,070,000 x 45% - 181,920 = 749,580 CNY = 105,574.65 USD at 7.1, above US tax on 300,000.
    expect(plain.value.taxMinor).toBe(yuan(749_580));
    expect(us.value.taxMinor).toBe(plain.value.taxMinor);
    expect(us.value.usAbroad).toMatchObject({ status: 'computed', totalMinor: 0, chosen: 'ftc' });
    // Carryover 105,574.65 - 68,134.25 = 37,440.40.
    expect(us.value.usAbroad?.usd?.carryoverMinor).toBe(usd(37_440.4));
    expect(us.value.notices).toContain('tax.notice.usAbroad.applies');
    expect(computeTax(s, input, { currency: 'CNY', rates, usPerson: 'none' })).toEqual(plain);
  });

  it('with no USD rate, says so and adds nothing', () => {
    const r = computeTax(TaxSettingsSchema.parse({ model: 'china-resident' }), yearInput({ taxYear: 2026, wagesMinor: yuan(500_000) }), { currency: 'CNY', rates: [], usPerson: 'green-card' });
    expect(r.ok && r.value.usAbroad?.status).toBe('missing-rate');
    expect(r.ok && r.value.notices).toContain('tax.notice.usAbroad.missingRate');
  });
});
