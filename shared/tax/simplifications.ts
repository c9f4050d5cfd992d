import type { TaxMessageKey } from './messages';

/**
 * The simplifications the engine makes on purpose, as i18n keys the UI shows next to the figures they affect.
 * Keeping them as exported constants lets the UI and the tests name the same text.
 */

/** Equity is taxed as wages in the year it vests (China really taxes RSU and option income apart from wages). */
export const EQUITY_AS_WAGES_KEY = 'tax.simplification.equityAsWages' satisfies TaxMessageKey;

/** Non-residents: the year's income is spread evenly over the months worked and each month taxed after 5,000. */
export const NON_RESIDENT_SPREAD_KEY = 'tax.simplification.nonResidentSpread' satisfies TaxMessageKey;

/** The effective-rate model applies one entered percentage to all gross income. */
export const EFFECTIVE_RATE_KEY = 'tax.simplification.effectiveRate' satisfies TaxMessageKey;

export const TAX_SIMPLIFICATION_KEYS = [EQUITY_AS_WAGES_KEY, NON_RESIDENT_SPREAD_KEY, EFFECTIVE_RATE_KEY] as const;
