import { z } from 'zod';
import { RATE_SCALE, type FxRate } from '../money';
import type { IsoDate } from '../dates/iso-date';
import { msg } from './message-key';
import {
  DEFAULT_HORIZON_YEARS,
  MAX_HORIZON_YEARS,
  MAX_SCORE,
  MAX_WEIGHT,
  MAX_WHAT_IF_BP,
  MIN_HORIZON_YEARS,
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
  minorAmountSchema,
  monthSchema,
  shortTextSchema,
} from './schema-primitives';

/** What a person saves about how offers are compared (not the offers themselves). */

export const fxRateSchema = objectSchema({
  base: currencySchema,
  quote: currencySchema,
  /** 1 base = rateMicros / 1,000,000 quote. */
  rateMicros: z
    .number(msg('offers.validation.notANumber'))
    .int(msg('offers.validation.rateNotPositive'))
    .min(1, msg('offers.validation.rateNotPositive'))
    .max(Number.MAX_SAFE_INTEGER, msg('offers.validation.rateNotPositive')),
}).superRefine((rate, ctx) => {
  if (rate.base === rate.quote) ctx.addIssue({ code: 'custom', message: 'offers.validation.sameCurrency', path: ['quote'] });
}) satisfies z.ZodType<FxRate>;

export const fxTableSchema = objectSchema({
  asOf: isoDateSchema,
  rates: listSchema(fxRateSchema),
}).superRefine((table, ctx) => {
  // Two rates for one pair (either direction) would make the converted figure depend on list order.
  const seen = new Set<string>();
  table.rates.forEach((rate, index) => {
    const key = [rate.base, rate.quote].sort().join('/');
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'offers.validation.duplicateRate', path: ['rates', index] });
    seen.add(key);
  });
});

/** Monthly living costs in one city, in the currency the person pays them in. */
export const costOfLivingSchema = objectSchema({
  id: idSchema,
  /** Matched to an offer's city ignoring case and surrounding spaces. */
  city: shortTextSchema,
  currency: currencySchema,
  monthlyRentMinor: minorAmountSchema,
  otherMonthlyMinor: minorAmountSchema,
});

export const criterionSchema = objectSchema({
  id: idSchema,
  name: shortTextSchema,
  weight: z
    .number(msg('offers.validation.notANumber'))
    .int(msg('offers.validation.weightRange'))
    .min(0, msg('offers.validation.weightRange'))
    .max(MAX_WEIGHT, msg('offers.validation.weightRange')),
});

export const scoreSchema = z
  .number(msg('offers.validation.notANumber'))
  .int(msg('offers.validation.scoreRange'))
  .min(0, msg('offers.validation.scoreRange'))
  .max(MAX_SCORE, msg('offers.validation.scoreRange'));

export const COMPARISON_VIEWS = ['firstYear', 'average'] as const;

export const comparisonSettingsSchema = objectSchema({
  horizonYears: z
    .number(msg('offers.validation.notANumber'))
    .int(msg('offers.validation.horizonRange'))
    .min(MIN_HORIZON_YEARS, msg('offers.validation.horizonRange'))
    .max(MAX_HORIZON_YEARS, msg('offers.validation.horizonRange')),
  view: enumSchema(COMPARISON_VIEWS),
  fx: fxTableSchema,
  costOfLiving: listSchema(costOfLivingSchema),
  criteria: listSchema(criterionSchema),
  /** scores[offerId][criterionId] = 0..10; a missing score counts as 0 and is reported. */
  scores: z.record(idSchema, z.record(idSchema, scoreSchema, msg('offers.validation.invalidData')), msg('offers.validation.invalidData')),
  /** The month N for "cost of leaving at month N". */
  leaveMonth: monthSchema,
  /** The exchange-rate what-if moves every rate by plus and minus this much. */
  whatIfBp: bpSchema(0, MAX_WHAT_IF_BP),
}).superRefine((settings, ctx) => {
  checkUniqueIds(settings.costOfLiving, ctx, ['costOfLiving']);
  checkUniqueIds(settings.criteria, ctx, ['criteria']);
});

export type FxTable = z.infer<typeof fxTableSchema>;
export type CostOfLiving = z.infer<typeof costOfLivingSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type ComparisonView = (typeof COMPARISON_VIEWS)[number];
export type ComparisonSettings = z.infer<typeof comparisonSettingsSchema>;

function rate(base: FxRate['base'], quote: FxRate['quote'], value: number): FxRate {
  return { base, quote, rateMicros: Math.round(value * RATE_SCALE) };
}

/**
 * Example rates the app ships so a comparison works before the person types any. They are round,
 * illustrative figures written on the asOf date, not a market quote; the UI must show asOf next to them
 * and invite the person to replace them. USD/CNY 7.10 matches the issue's worked example.
 */
export const EXAMPLE_FX_RATES = {
  asOf: '2026-11-22' satisfies IsoDate,
  rates: [
    rate('USD', 'CNY', 7.1),
    rate('EUR', 'USD', 1.08),
    rate('GBP', 'USD', 1.27),
    rate('USD', 'JPY', 150),
    rate('USD', 'HKD', 7.8),
    rate('USD', 'SGD', 1.35),
    rate('USD', 'KRW', 1_350),
    rate('USD', 'TWD', 32),
    rate('USD', 'CAD', 1.36),
    rate('AUD', 'USD', 0.66),
    rate('USD', 'CHF', 0.88),
    rate('USD', 'INR', 83),
    rate('USD', 'SEK', 10.5),
    rate('USD', 'NOK', 10.7),
    rate('USD', 'DKK', 6.9),
    rate('NZD', 'USD', 0.61),
    rate('USD', 'AED', 3.6725),
    rate('USD', 'MYR', 4.7),
  ],
} as const satisfies FxTable;

export const DEFAULT_COMPARISON_SETTINGS = {
  horizonYears: DEFAULT_HORIZON_YEARS,
  view: 'firstYear',
  fx: { asOf: EXAMPLE_FX_RATES.asOf, rates: [...EXAMPLE_FX_RATES.rates] },
  costOfLiving: [],
  criteria: [],
  scores: {},
  leaveMonth: 12,
  whatIfBp: 1_000,
} satisfies ComparisonSettings;

/** A fresh copy, so a caller that mutates its settings can never change the shipped defaults. */
export function createDefaultComparisonSettings(): ComparisonSettings {
  return {
    ...DEFAULT_COMPARISON_SETTINGS,
    fx: { asOf: EXAMPLE_FX_RATES.asOf, rates: EXAMPLE_FX_RATES.rates.map((r) => ({ ...r })) },
    costOfLiving: [],
    criteria: [],
    scores: {},
  };
}
