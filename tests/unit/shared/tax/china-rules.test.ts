import { describe, expect, it } from 'vitest';
import {
  CHINA_RULE_SETS,
  FOREIGN_ALLOWANCE_EXEMPTION_WINDOW,
  SEPARATE_BONUS_WINDOW,
  findChinaRules,
  isPolicyAvailable,
  isPolicyInForceOn,
} from '../../../../shared/tax';

describe('China rules by year', () => {
  it('has enacted rules with both time-limited options for 2023-2027', () => {
    for (const year of [2023, 2025, 2027]) {
      const lookup = findChinaRules(year);
      expect(lookup.ok).toBe(true);
      if (!lookup.ok) continue;
      expect(lookup.rules.ruleSet.basis).toBe('enacted');
      expect(lookup.rules.isSeparateBonusAvailable).toBe(true);
      expect(lookup.rules.isForeignAllowanceExemptionAvailable).toBe(true);
    }
  });

  it('runs 2028-2033 on assumed-unchanged tables without the options that end on 2027-12-31', () => {
    const lookup = findChinaRules(2028);
    expect(lookup.ok).toBe(true);
    if (!lookup.ok) return;
    expect(lookup.rules.ruleSet.basis).toBe('assumed-unchanged');
    expect(lookup.rules.isSeparateBonusAvailable).toBe(false);
    expect(lookup.rules.isForeignAllowanceExemptionAvailable).toBe(false);
    expect(findChinaRules(2033).ok).toBe(true);
  });

  it('says "no rule" for years no set covers, or assumed years when assumptions are refused', () => {
    expect(findChinaRules(2022)).toEqual({ ok: false, reason: 'no-rule-for-year', taxYear: 2022 });
    expect(findChinaRules(2034)).toEqual({ ok: false, reason: 'no-rule-for-year', taxYear: 2034 });
    expect(findChinaRules(2028, { allowAssumedRules: false })).toEqual({ ok: false, reason: 'no-rule-for-year', taxYear: 2028 });
    expect(findChinaRules(2027, { allowAssumedRules: false }).ok).toBe(true);
    expect(findChinaRules(2027.5).ok).toBe(false);
  });

  it('rule sets do not overlap', () => {
    const sorted = [...CHINA_RULE_SETS].sort((a, b) => a.firstYear - b.firstYear);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.firstYear).toBeGreaterThan(sorted[i - 1]!.lastYear);
  });

  it('offers a policy only for years wholly inside its window', () => {
    expect(isPolicyAvailable(SEPARATE_BONUS_WINDOW, 2027)).toBe(true);
    expect(isPolicyAvailable(SEPARATE_BONUS_WINDOW, 2028)).toBe(false);
    expect(isPolicyAvailable(FOREIGN_ALLOWANCE_EXEMPTION_WINDOW, 2028)).toBe(false);
    expect(isPolicyAvailable({ from: '2020-01-01', until: '2027-06-30', source: 'test' }, 2027)).toBe(false);
    expect(isPolicyAvailable({ from: '2020-02-01', until: '2030-12-31', source: 'test' }, 2020)).toBe(false);
  });
});

describe('a relief by payment date', () => {
  it('covers payments up to and including 2027-12-31, nothing after', () => {
    for (const window of [SEPARATE_BONUS_WINDOW, FOREIGN_ALLOWANCE_EXEMPTION_WINDOW]) {
      expect(isPolicyInForceOn(window, '2027-12-31')).toBe(true);
      expect(isPolicyInForceOn(window, '2028-01-01')).toBe(false);
      // Offer A's first bonus (start 2027-03-01, paid at month 12): most of its year is in 2027, the payment is not.
      expect(isPolicyInForceOn(window, '2028-03-01')).toBe(false);
      expect(isPolicyInForceOn(window, '2019-01-01')).toBe(true);
      expect(isPolicyInForceOn(window, '2018-12-31')).toBe(false);
    }
  });
});
