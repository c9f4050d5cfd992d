import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAX_MESSAGES, TAX_MESSAGE_KEYS, TAX_SIMPLIFICATION_KEYS, TaxSettingsSchema } from '../../../../shared/tax';

function issueKeys(input: unknown): string[] {
  const result = TaxSettingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('tax settings schema', () => {
  it('fills every default from an empty object', () => {
    expect(TaxSettingsSchema.parse({})).toEqual({
      model: 'none',
      isForeignNational: false,
      socialInsurance: { kind: 'none' },
      housingFund: { kind: 'none' },
      deductions: {
        children: [],
        elderlyParents: { kind: 'none' },
        isInDegreeProgram: false,
        certificateYears: [],
        housing: { kind: 'none' },
        seriousIllnessOutOfPocketMinor: 0,
        otherDeductionsMinor: 0,
      },
      bonusTreatment: 'auto',
      exemptionPreference: 'auto',
      effectiveRateBp: 0,
      allowAssumedRules: true,
    });
  });

  it('parses a full China resident setting', () => {
    const parsed = TaxSettingsSchema.parse({
      model: 'china-resident',
      isForeignNational: true,
      socialInsurance: { kind: 'percent-of-base', rateBp: 1_050, monthlyBaseCapMinor: 3_654_900 },
      housingFund: { kind: 'percent-of-base', rateBp: 700 },
      deductions: { children: [{ birthMonth: '2024-05', share: 'half' }], housing: { kind: 'rent', cityTier: 'tier-1' } },
      bonusTreatment: 'separate',
      exemptionPreference: 'exempt',
    });
    expect(parsed.socialInsurance).toEqual({ kind: 'percent-of-base', rateBp: 1_050, monthlyBaseMinor: null, monthlyBaseCapMinor: 3_654_900 });
    expect(parsed.deductions.children).toEqual([{ birthMonth: '2024-05', share: 'half', isInEducation: true }]);
  });

  it('refuses bad input with i18n keys at the field', () => {
    expect(issueKeys({ model: 'flat-tax' })).toEqual(['tax.validation.invalidChoice']);
    expect(issueKeys({ effectiveRateBp: 10_001 })).toEqual(['tax.validation.percentRange']);
    expect(issueKeys({ effectiveRateBp: 12.5 })).toEqual(['tax.validation.percentRange']);
    expect(issueKeys({ socialInsurance: { kind: 'annual-amount', annualMinor: -1 } })).toEqual(['tax.validation.negativeAmount']);
    expect(issueKeys({ socialInsurance: { kind: 'annual-amount', annualMinor: 1e15 } })).toEqual(['tax.validation.amountTooLarge']);
    expect(issueKeys({ socialInsurance: { kind: 'annual-amount', annualMinor: 'x' } })).toEqual(['tax.validation.notANumber']);
    expect(issueKeys({ housingFund: { kind: 'half' } })).toEqual(['tax.validation.invalidChoice']);
    expect(issueKeys({ deductions: { children: [{ birthMonth: '2024-13' }] } })).toEqual(['tax.validation.birthMonth']);
    expect(issueKeys({ deductions: { elderlyParents: { kind: 'shared', monthlyShareMinor: 150_001 } } })).toEqual(['tax.validation.elderlyShareTooHigh']);
    expect(issueKeys({ deductions: { housing: { kind: 'rent', cityTier: 'tier-4' } } })).toEqual(['tax.validation.invalidChoice']);
    expect(issueKeys({ isForeignNational: 'yes' })).toEqual(['tax.validation.invalidChoice']);
  });
});

describe('tax messages', () => {
  it('has the same keys, all non-empty, in English and Chinese', () => {
    expect(Object.keys(TAX_MESSAGES['zh-CN']).sort()).toEqual([...TAX_MESSAGE_KEYS].sort());
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const key of TAX_MESSAGE_KEYS) expect(TAX_MESSAGES[lang][key].length).toBeGreaterThan(0);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string): string[] => [...new Set(text.match(/\{\{\w+\}\}/g) ?? [])].sort();
    for (const key of TAX_MESSAGE_KEYS) expect(placeholders(TAX_MESSAGES['zh-CN'][key])).toEqual(placeholders(TAX_MESSAGES.en[key]));
  });

  it('defines every tax.* key the source files mention', () => {
    const dir = join(__dirname, '../../../../shared/tax');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'messages.ts')) {
      for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/'(tax\.[\w.-]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    for (const key of used) expect(TAX_MESSAGE_KEYS).toContain(key);
    for (const key of TAX_SIMPLIFICATION_KEYS) expect(TAX_MESSAGE_KEYS).toContain(key);
  });
});
