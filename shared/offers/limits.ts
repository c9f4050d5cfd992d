/**
 * Bounds on what a person may save. They exist to refuse typos (an extra three zeros) and to keep every
 * intermediate product an exact integer; they are not opinions about what offers look like.
 */
export const MAX_AMOUNT_MAJOR = 1_000_000_000_000; // 10^12 major units, from the bad-input list
/** 10^12 major units of a two-decimal currency; currencies with fewer digits are checked at the offer level. */
export const MAX_AMOUNT_MINOR_ANY = 100_000_000_000_000;
export const MAX_SHARES = 1_000_000_000_000;
export const MAX_MONTH = 240; // payments and vests up to 20 years after the start
export const MAX_YEARS = 50;
export const MAX_VESTING_YEARS = 10;
export const MIN_MONTHS_PER_YEAR = 12;
export const MAX_MONTHS_PER_YEAR = 24;
export const MAX_RAISE_BP = 10_000; // +100 % a year
export const MAX_BONUS_BP = 100_000; // 1000 % of base; some offers pay bonuses larger than base
export const MIN_GROWTH_BP = -10_000; // a price can fall to zero, not below
export const MAX_GROWTH_BP = 100_000;
export const MAX_TEXT = 200;
export const MAX_NOTES = 10_000;
export const MIN_HORIZON_YEARS = 1;
export const MAX_HORIZON_YEARS = 6;
export const DEFAULT_HORIZON_YEARS = 4;
export const MAX_WEIGHT = 100;
export const MAX_SCORE = 10;
export const MAX_WHAT_IF_BP = 9_000; // a rate moved by 90 % either way; -100 % would divide by zero
