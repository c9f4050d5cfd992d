import { z } from 'zod';
import { msg } from '../message-key';
import { US_STATES } from '../us-states/state-rules';
import { US_FILING_STATUSES } from './us-rules';

/**
 * The US model's settings of one offer (all amounts in USD cents). Optional inside TaxSettings: absent means
 * "single, state not chosen yet". The 401(k) ceiling here is the largest deferral any year allows
 * (24,500 plus the 60-63 catch-up of 11,250); the yearly limit is checked by the engine, which says so.
 */
export const US_MAX_401K_MINOR = 3_575_000;
const MAX_WAGES_MINOR = 100_000_000_000_000;

const minor = (max: number, key: Parameters<typeof msg>[0]) =>
  z
    .number(msg('tax.validation.notANumber'))
    .int(msg('tax.validation.wholeMinorUnits'))
    .min(0, msg('tax.validation.negativeAmount'))
    .max(max, msg(key));

const rateBp = z
  .number(msg('tax.validation.notANumber'))
  .int(msg('tax.validation.percentRange'))
  .min(0, msg('tax.validation.percentRange'))
  // A state income tax above 20% does not exist; a larger figure is a typing slip.
  .max(2_000, msg('tax.validation.us.stateRateRange'));

export const UsSettingsSchema = z.object({
  filingStatus: z.enum(US_FILING_STATUSES, msg('tax.validation.invalidChoice')).default('single'),
  /** null: not chosen yet (the offer then falls back to the effective rate and says so). */
  state: z.enum(US_STATES, msg('tax.validation.invalidChoice')).nullable().default(null),
  isNewYorkCity: z.boolean(msg('tax.validation.invalidChoice')).default(false),
  /** A state without its own rules here: the person's flat rate on AGI. */
  stateFlatRateBp: rateBp.nullable().default(null),
  pretax401kMinor: minor(US_MAX_401K_MINOR, 'tax.validation.us.k401TooHigh').default(0),
  /** Joint return: the spouse's wages and deferrals, which share the brackets but not the Social Security base. */
  spouseWagesMinor: minor(MAX_WAGES_MINOR, 'tax.validation.amountTooLarge').default(0),
  spousePretax401kMinor: minor(US_MAX_401K_MINOR, 'tax.validation.us.k401TooHigh').default(0),
  /** Mortgage interest, gifts and other itemized deductions besides state and local tax, a year. */
  otherItemizedMinor: minor(MAX_WAGES_MINOR, 'tax.validation.amountTooLarge').default(0),
  isWaCaresExempt: z.boolean(msg('tax.validation.invalidChoice')).default(false),
});
export type UsSettings = z.infer<typeof UsSettingsSchema>;

export const US_ABROAD_ROUTES = ['auto', 'feie', 'ftc'] as const;
export type UsAbroadRoute = (typeof US_ABROAD_ROUTES)[number];

/** A US citizen or green-card holder paid abroad: how the US return treats the foreign wages. */
export const UsAbroadSettingsSchema = z.object({
  route: z.enum(US_ABROAD_ROUTES, msg('tax.validation.invalidChoice')).default('auto'),
  filingStatus: z.enum(['single', 'married-joint'], msg('tax.validation.invalidChoice')).default('single'),
  /** Meets the 330-day physical presence or the bona fide residence test (needed for the FEIE). */
  meetsPresenceTest: z.boolean(msg('tax.validation.invalidChoice')).default(true),
  /** The employer is American (or covered by a §3121(l) agreement): FICA then applies abroad too. */
  hasAmericanEmployer: z.boolean(msg('tax.validation.invalidChoice')).default(false),
  /** Keeps a California domicile (and not the 546-day safe harbor): California taxes worldwide wages. */
  keepsCaliforniaDomicile: z.boolean(msg('tax.validation.invalidChoice')).default(false),
  /** Unused foreign tax from earlier years (USD cents) that the credit may still use. */
  carryoverInMinor: minor(MAX_WAGES_MINOR, 'tax.validation.amountTooLarge').default(0),
});
export type UsAbroadSettings = z.infer<typeof UsAbroadSettingsSchema>;

export const US_PERSON_STATUSES = ['none', 'citizen', 'green-card'] as const;
export type UsPersonStatus = (typeof US_PERSON_STATUSES)[number];

