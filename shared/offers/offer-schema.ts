import { z } from 'zod';
import { msg } from './message-key';
import {
  MAX_AMOUNT_MINOR_ANY,
  MAX_BONUS_BP,
  MAX_GROWTH_BP,
  MAX_MONTHS_PER_YEAR,
  MAX_RAISE_BP,
  MAX_TEXT,
  MAX_VESTING_YEARS,
  MIN_GROWTH_BP,
  MIN_MONTHS_PER_YEAR,
} from './limits';
import {
  bpSchema,
  checkUniqueIds,
  currencySchema,
  enumSchema,
  idSchema,
  listSchema,
  objectSchema,
  isoDateSchema,
  maxMinorFor,
  minorAmountSchema,
  monthSchema,
  notesSchema,
  sharesSchema,
  shortTextSchema,
  yearsSchema,
} from './schema-primitives';
import { VESTING_CHOICES, VESTING_FREQUENCIES, yearlyVestingBp } from './vesting-presets';
import { BP_WHOLE } from '../money';

/**
 * What a person saves about one offer. Objects are flat with a `kind` field rather than discriminated unions
 * so that a form can switch kind without losing what was typed; each kind's comment says which fields count.
 * All money is integer minor units of the offer's `currency`; all percentages are basis points.
 */

export const OFFER_STATUSES = ['considering', 'negotiating', 'accepted', 'declined', 'expired'] as const;

/** Visa routes the checklist feature knows; the field is a free string id so new routes need no migration. */
export const KNOWN_VISA_ROUTES = ['china-z', 'china-r', 'china-k', 'other'] as const;

/** Repay in full, or pro rata for the unserved part, when leaving before month `untilMonth`. */
export const clawbackSchema = objectSchema({
  kind: enumSchema(['none', 'full', 'proRata']),
  untilMonth: monthSchema,
}).superRefine((value, ctx) => {
  if (value.kind !== 'none' && value.untilMonth < 1) {
    ctx.addIssue({ code: 'custom', message: 'offers.validation.clawbackMonth', path: ['untilMonth'] });
  }
});

/** 'annual': amountMinor is the yearly base. 'monthly': amountMinor x monthsPerYear (13th/14th-month pay). */
export const baseSalarySchema = objectSchema({
  kind: enumSchema(['annual', 'monthly']),
  amountMinor: minorAmountSchema,
  monthsPerYear: z
    .number(msg('offers.validation.notANumber'))
    .int(msg('offers.validation.monthsPerYearRange'))
    .min(MIN_MONTHS_PER_YEAR, msg('offers.validation.monthsPerYearRange'))
    .max(MAX_MONTHS_PER_YEAR, msg('offers.validation.monthsPerYearRange')),
  /** Applied at each anniversary, compounding: year k earns base x (1 + raise)^(k-1). */
  yearlyRaiseBp: bpSchema(0, MAX_RAISE_BP),
});

/** 'percentOfBase': targetBp of that year's base. 'fixed': fixedMinor every year. */
export const bonusSchema = objectSchema({
  kind: enumSchema(['percentOfBase', 'fixed']),
  targetBp: bpSchema(0, MAX_BONUS_BP),
  fixedMinor: minorAmountSchema,
});

export const installmentSchema = objectSchema({
  id: idSchema,
  month: monthSchema,
  amountMinor: minorAmountSchema,
});

export const signOnSchema = objectSchema({
  installments: listSchema(installmentSchema),
  clawback: clawbackSchema,
}).superRefine((value, ctx) => checkUniqueIds(value.installments, ctx, ['installments']));

/** 'lumpSum': paid at `month`. 'reimbursement': costs repaid up to amountMinor, valued at the cap. 'none'. */
export const relocationSchema = objectSchema({
kind: enumSchema(['none', 'lumpSum', 'reimbursement']),
amountMinor: minorAmountSchema,
month: monthSchema,
clawback: clawbackSchema,
});

export const vestingScheduleSchema = objectSchema({
preset: enumSchema(VESTING_CHOICES),
/** Used only when preset is 'custom': one entry per year, in basis points, summing to 100 %. */
customYearlyBp: listSchema(bpSchema(0, BP_WHOLE)),
/** Nothing vests before the cliff; what would have vested earlier vests at the cliff. */
cliffMonths: monthSchema,
/** How often shares vest after the cliff. */
frequency: enumSchema(VESTING_FREQUENCIES),
}).superRefine((value, ctx) => {
  const yearly = yearlyVestingBp(value);
  if (value.preset === 'custom') {
    if (yearly.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'offers.validation.vestingEmpty', path: ['customYearlyBp'] });
      return;
    }
    if (yearly.length > MAX_VESTING_YEARS) {
      ctx.addIssue({ code: 'custom', message: 'offers.validation.vestingTooLong', path: ['customYearlyBp'] });
      return;
    }
    const sum = yearly.reduce((a, b) => a + b, 0);
    if (sum !== BP_WHOLE) {
      ctx.addIssue({ code: 'custom', message: 'offers.validation.vestingSum', path: ['customYearlyBp'] });
    }
  }
  if (value.cliffMonths > yearly.length * 12) {
    ctx.addIssue({ code: 'custom', message: 'offers.validation.cliffTooLong', path: ['cliffMonths'] });
  }
});

/**
 * One equity grant, made at the start date.
 * 'rsu' + rsuValuation 'value': grantValueMinor is the grant's value today.
 * 'rsu' + rsuValuation 'shares': shares x priceMinor.
 * 'option': shares, strikeMinor, priceMinor (today's price); valued at the spread, never below zero.
 * refresherYearlyMinor: an expected new grant of this value at every anniversary, on the same schedule.
 */
export const equityGrantSchema = objectSchema({
  id: idSchema,
  label: shortTextSchema,
  kind: enumSchema(['rsu', 'option']),
  rsuValuation: enumSchema(['value', 'shares']),
  grantValueMinor: minorAmountSchema,
  shares: sharesSchema,
  priceMinor: minorAmountSchema,
  strikeMinor: minorAmountSchema,
  vesting: vestingScheduleSchema,
  refresherYearlyMinor: minorAmountSchema,
  /** Haircut for illiquid private-company equity: 3000 counts the equity at 70 % of its value. */
  privateDiscountBp: bpSchema(0, BP_WHOLE),
  /** A vest t years after the grant is valued at price x (1 + g)^t. */
  yearlyGrowthBp: bpSchema(MIN_GROWTH_BP, MAX_GROWTH_BP),
  /**
   * Current job only: the grant's real (past) date. Absent: granted on the offer's start date. Vests on or
   * before the start (the move date) are the person's either way and are not counted (see current-job.ts).
   */
  grantDate: isoDateSchema.optional(),
  /** Equity in a private company: shown as money at risk; absent means listed (false). */
  isPrivateCompany: z.boolean(msg('offers.validation.invalidChoice')).optional(),
  /** The risk-adjusted verdict counts private equity at (1 - this); absent: 50 %. */
  riskDiscountBp: bpSchema(0, BP_WHOLE).optional(),
});

export const ALLOWANCE_KINDS = ['housing', 'education', 'language', 'homeLeave', 'transport', 'meals', 'other'] as const;

export const allowanceSchema = objectSchema({
  id: idSchema,
  kind: enumSchema(ALLOWANCE_KINDS),
  label: shortTextSchema,
  amountMinor: minorAmountSchema,
  period: enumSchema(['month', 'year']),
  /** Paid only in years 1..firstYears; null means for as long as the comparison looks. */
  firstYears: yearsSchema.nullable(),
  /** Paid against receipts rather than as cash (the tax feature and the housing netting rule use this). */
  isReimbursed: z.boolean(msg('offers.validation.invalidChoice')),
});

/** 'oneOff': amountMinor at `month`. 'yearly': amountMinor in each of years 1..years. */
export const subsidySchema = objectSchema({
  id: idSchema,
  name: shortTextSchema,
  kind: enumSchema(['oneOff', 'yearly']),
  amountMinor: minorAmountSchema,
  month: monthSchema,
  years: yearsSchema,
  conditions: notesSchema,
});

export const benefitsSchema = objectSchema({
  socialInsurance: notesSchema,
  health: notesSchema,
  vacation: notesSchema,
  other: notesSchema,
});

/** 'offer' (absent means this): a new job. 'currentJob': the job the person has now, the baseline. */
export const OFFER_KINDS = ['offer', 'currentJob'] as const;

export const offerSchema = objectSchema({
  id: idSchema,
  kind: enumSchema(OFFER_KINDS).optional(),
  company: z
    .string(msg('offers.validation.companyRequired'))
    .trim()
    .min(1, msg('offers.validation.companyRequired'))
    .max(MAX_TEXT, msg('offers.validation.textTooLong')),
  role: shortTextSchema,
  level: shortTextSchema,
  city: shortTextSchema,
  country: shortTextSchema,
  currency: currencySchema,
  startDate: isoDateSchema,
  decisionDeadline: isoDateSchema.nullable(),
  status: enumSchema(OFFER_STATUSES),
  notes: notesSchema,
  visaRoute: shortTextSchema.nullable(),
  isArchived: z.boolean(msg('offers.validation.invalidChoice')),
  base: baseSalarySchema,
  bonus: bonusSchema,
  signOn: signOnSchema,
  relocation: relocationSchema,
  equity: listSchema(equityGrantSchema),
  allowances: listSchema(allowanceSchema),
  subsidies: listSchema(subsidySchema),
  benefits: benefitsSchema,
}).superRefine((offer, ctx) => {
  // Currencies without decimals (JPY, KRW) have a lower ceiling in minor units than the field check.
  const max = maxMinorFor(offer.currency);
  for (const [path, amount] of moneyFields(offer)) {
    // Amounts above the field ceiling were already reported at the field; say it once.
    if (amount > max && amount <= MAX_AMOUNT_MINOR_ANY) ctx.addIssue({ code: 'custom', message: 'offers.validation.amountTooLarge', path });
  }
  checkUniqueIds(offer.equity, ctx, ['equity']);
  offer.equity.forEach((grant, index) => {
    // A grant dated after the start is not a past grant; one dated after its own vesting end is a typo.
    if (grant.grantDate !== undefined && offer.kind === 'currentJob' && grant.grantDate > offer.startDate) {
      ctx.addIssue({ code: 'custom', message: 'offers.validation.grantDateAfterStart', path: ['equity', index, 'grantDate'] });
    }
  });
  checkUniqueIds(offer.allowances, ctx, ['allowances']);
  checkUniqueIds(offer.subsidies, ctx, ['subsidies']);
});

export type OfferStatus = (typeof OFFER_STATUSES)[number];
export type OfferKind = (typeof OFFER_KINDS)[number];
export type Clawback = z.infer<typeof clawbackSchema>;
export type BaseSalary = z.infer<typeof baseSalarySchema>;
export type Bonus = z.infer<typeof bonusSchema>;
export type Installment = z.infer<typeof installmentSchema>;
export type SignOn = z.infer<typeof signOnSchema>;
export type Relocation = z.infer<typeof relocationSchema>;
export type VestingSchedule = z.infer<typeof vestingScheduleSchema>;
export type EquityGrant = z.infer<typeof equityGrantSchema>;
export type AllowanceKind = (typeof ALLOWANCE_KINDS)[number];
export type Allowance = z.infer<typeof allowanceSchema>;
export type Subsidy = z.infer<typeof subsidySchema>;
export type Benefits = z.infer<typeof benefitsSchema>;
export type Offer = z.infer<typeof offerSchema>;

type MoneyPath = [(string | number)[], number];

/** Every money amount in an offer with its path, so the currency-specific ceiling can point at the field. */
export function moneyFields(offer: Pick<Offer, 'base' | 'bonus' | 'signOn' | 'relocation' | 'equity' | 'allowances' | 'subsidies'>): MoneyPath[] {
  const fields: MoneyPath[] = [
    [['base', 'amountMinor'], offer.base.amountMinor],
    [['bonus', 'fixedMinor'], offer.bonus.fixedMinor],
    [['relocation', 'amountMinor'], offer.relocation.amountMinor],
  ];
  offer.signOn.installments.forEach((item, i) => fields.push([['signOn', 'installments', i, 'amountMinor'], item.amountMinor]));
  offer.equity.forEach((grant, i) => {
    for (const key of ['grantValueMinor', 'priceMinor', 'strikeMinor', 'refresherYearlyMinor'] as const) {
      fields.push([['equity', i, key], grant[key]]);
    }
  });
  offer.allowances.forEach((item, i) => fields.push([['allowances', i, 'amountMinor'], item.amountMinor]));
  offer.subsidies.forEach((item, i) => fields.push([['subsidies', i, 'amountMinor'], item.amountMinor]));
  return fields;
}

/** Whether any money amount of the offer has been typed (all are 0 in a new offer). */
export function hasEnteredAmounts(offer: Parameters<typeof moneyFields>[0]): boolean {
  return moneyFields(offer).some(([, amount]) => amount > 0);
}
