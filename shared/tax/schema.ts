import { z } from 'zod';
import { BP_WHOLE } from '../money';
import { RENT_CITY_TIERS } from './china-rules';
import { msg } from './message-key';
import { HongKongSettingsSchema } from './hong-kong/hong-kong-schema';
import { SingaporeSettingsSchema } from './singapore/singapore-schema';
import { UsAbroadSettingsSchema, UsSettingsSchema } from './us/us-schema';

/**
 * Per-offer tax settings as the person enters them. Every failure carries an i18n key from messages.ts, never
 * prose. The object is flat (one `model` plus every model's fields, all defaulted) on purpose: switching an
 * offer from "China resident" to "effective rate" and back keeps the deductions the person typed.
 */

/** 10^12 major units of a two-decimal currency, the app-wide ceiling on an amount. */
export const TAX_MAX_AMOUNT_MINOR = 100_000_000_000_000;
export const MAX_CHILDREN = 20;

const minorSchema = z
  .number(msg('tax.validation.notANumber'))
  .int(msg('tax.validation.wholeMinorUnits'))
  .min(0, msg('tax.validation.negativeAmount'))
  .max(TAX_MAX_AMOUNT_MINOR, msg('tax.validation.amountTooLarge'));

const rateBpSchema = z
  .number(msg('tax.validation.notANumber'))
  .int(msg('tax.validation.percentRange'))
  .min(0, msg('tax.validation.percentRange'))
  .max(BP_WHOLE, msg('tax.validation.percentRange'));

const booleanSchema = z.boolean(msg('tax.validation.invalidChoice'));

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, msg('tax.validation.invalidChoice'));
}

export const TAX_MODELS = ['china-resident', 'china-nonresident', 'us', 'hong-kong', 'singapore', 'effective-rate', 'none'] as const;
export type TaxModel = (typeof TAX_MODELS)[number];

/**
 * listed-qualifying: the person confirms the grant is a listed company's plan that meets the conditions (an
 * overseas-listed employer's plan filed with the local tax bureau); unlisted-deferral: an unlisted company's
 * plan filed for deferral under Cai Shui [2016] 101.
 */
export const EQUITY_GRANT_TREATMENTS = ['wages', 'listed-qualifying', 'unlisted-deferral'] as const;
export type EquityGrantTreatment = (typeof EQUITY_GRANT_TREATMENTS)[number];

export const BONUS_TREATMENT_PREFERENCES = ['auto', 'separate', 'combined'] as const;
export type BonusTreatmentPreference = (typeof BONUS_TREATMENT_PREFERENCES)[number];

export const EXEMPTION_PREFERENCES = ['auto', 'exempt', 'deductions'] as const;
export type ExemptionPreference = (typeof EXEMPTION_PREFERENCES)[number];

/** One parent claims all of a child's (or a mortgage's) deduction, or each parent / spouse claims half. */
export const DEDUCTION_SHARES = ['full', 'half'] as const;
export type DeductionShare = (typeof DEDUCTION_SHARES)[number];

/**
 * Social insurance or housing fund, employee side. The percentage applies to a monthly base (entered, or the
 * base salary per month worked) capped at the city's ceiling, the way Chinese cities cap the contribution base.
 */
export const ContributionSettingsSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('percent-of-base'),
      rateBp: rateBpSchema,
      /** null: the year's base salary / months employed (sign-on, allowances and subsidies left out). */
      monthlyBaseMinor: minorSchema.nullable().default(null),
      /** null: no ceiling. */
      monthlyBaseCapMinor: minorSchema.nullable().default(null),
    }),
    z.object({ kind: z.literal('annual-amount'), annualMinor: minorSchema }),
  ],
  msg('tax.validation.invalidChoice'),
);
export type ContributionSettings = z.infer<typeof ContributionSettingsSchema>;

const BIRTH_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const ChildSchema = z.object({
  /** yyyy-MM: the under-3 deduction runs from the birth month, education from the month the child turns 3. */
  birthMonth: z.string(msg('tax.validation.birthMonth')).regex(BIRTH_MONTH_PATTERN, msg('tax.validation.birthMonth')),
  share: choice(DEDUCTION_SHARES).default('full'),
  /** false once the child has left full-time education (the education deduction then stops). */
  isInEducation: booleanSchema.default(true),
});
export type ChildSettings = z.infer<typeof ChildSchema>;

export const ElderlyParentsSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('only-child') }),
    z.object({
      kind: z.literal('shared'),
      /** This person's agreed monthly share; the law caps a sibling's share at 1,500 a month. */
      monthlyShareMinor: minorSchema.max(150_000, msg('tax.validation.elderlyShareTooHigh')),
    }),
  ],
  msg('tax.validation.invalidChoice'),
);

export const HousingDeductionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('mortgage'), share: choice(DEDUCTION_SHARES).default('full') }),
    z.object({ kind: z.literal('rent'), cityTier: choice(RENT_CITY_TIERS) }),
  ],
  msg('tax.validation.invalidChoice'),
);

export const SpecialDeductionSettingsSchema = z.object({
  children: z.array(ChildSchema).max(MAX_CHILDREN, msg('tax.validation.tooManyChildren')).default([]),
  elderlyParents: ElderlyParentsSchema.default({ kind: 'none' }),
  /** Enrolled in a degree programme: 400 a month for every month of the year. */
  isInDegreeProgram: booleanSchema.default(false),
  /** Tax years in which a vocational qualification certificate is obtained: 3,600 in each. */
  certificateYears: z
    .array(
      z
        .number(msg('tax.validation.yearRange'))
        .int(msg('tax.validation.yearRange'))
        .min(1900, msg('tax.validation.yearRange'))
        .max(2200, msg('tax.validation.yearRange')),
    )
    .max(50, msg('tax.validation.yearRange'))
    .default([]),
  /** First-home mortgage interest OR rent: the law lets a person claim only one of them. */
  housing: HousingDeductionSchema.default({ kind: 'none' }),
  /** Serious illness: medical costs paid out of pocket in a year (the deduction is the part above 15,000, up to 80,000). */
  seriousIllnessOutOfPocketMinor: minorSchema.default(0),
  /** Other deductions allowed by law (private pension, tax-advantaged health insurance), a yearly total. */
  otherDeductionsMinor: minorSchema.default(0),
});
export type SpecialDeductionSettings = z.infer<typeof SpecialDeductionSettingsSchema>;

export const TaxSettingsSchema = z.object({
  model: choice(TAX_MODELS).default('none'),
  isForeignNational: booleanSchema.default(false),
  socialInsurance: ContributionSettingsSchema.default({ kind: 'none' }),
  housingFund: ContributionSettingsSchema.default({ kind: 'none' }),
  deductions: SpecialDeductionSettingsSchema.prefault({}),
  bonusTreatment: choice(BONUS_TREATMENT_PREFERENCES).default('auto'),
  exemptionPreference: choice(EXEMPTION_PREFERENCES).default('auto'),
  /** The "effective rate" model: one all-in percentage of gross, as the person estimates it. */
  effectiveRateBp: rateBpSchema.default(0),
  /** false: years for which no rule has been published are refused instead of run on assumed-unchanged rules. */
  allowAssumedRules: booleanSchema.default(true),
  // The fields below arrived with issue 10 and are optional, so every saved plan still validates; absent
  // means the defaults of their own schemas.
  /** The US model: filing status, state, 401(k), spouse. */
  us: UsSettingsSchema.optional(),
  hongKong: HongKongSettingsSchema.optional(),
  singapore: SingaporeSettingsSchema.optional(),
  /** A US citizen or green-card holder working under another model: how the US return treats these wages. */
  usAbroad: UsAbroadSettingsSchema.optional(),
  /** China, per equity grant id: how its income is taxed. Absent or 'wages': with the other wages. */
  equityGrants: z.record(z.string(), choice(EQUITY_GRANT_TREATMENTS)).optional(),
});
export type TaxSettings = z.infer<typeof TaxSettingsSchema>;
/** What a form or a stored document may omit; parse with TaxSettingsSchema to fill the defaults. */
export type TaxSettingsInput = z.input<typeof TaxSettingsSchema>;
