import { BP_WHOLE, mulDivRound } from '../money';

/**
 * A progressive table in the Chinese "quick deduction" form: tax = amount x rate - quick deduction, using the
 * single bracket the amount falls in. The quick deductions make this equal to taxing each slice at its own
 * rate, so one multiplication suffices and the table stays continuous at every edge.
 */
export interface TaxBracket {
  /** Inclusive upper edge in minor units; null for the top bracket. "<= 36,000 3%" means 36,000.00 is still 3%. */
  readonly upToMinor: number | null;
  readonly rateBp: number;
  readonly quickDeductionMinor: number;
}

export type TaxTable = readonly TaxBracket[];

export interface BracketTax {
  readonly bracketIndex: number;
  readonly rateBp: number;
  readonly quickDeductionMinor: number;
  readonly taxMinor: number;
}

/**
 * Index of the bracket for `amountMinor / divisor`. Comparing amount <= edge x divisor instead of dividing keeps
 * the test exact: a bonus of 36,000.01 is 3,000.0008 a month and must land in the 10% bracket.
 */
export function findBracketIndex(table: TaxTable, amountMinor: number, divisor = 1): number {
  for (let i = 0; i < table.length; i++) {
    const edge = table[i]?.upToMinor;
    if (edge === null || edge === undefined || amountMinor <= edge * divisor) return i;
  }
  return table.length - 1;
}

/**
 * Tax on `amountMinor` with the rate of bracket `bracketIndex`. The product is rounded once to the fen
 * (half away from zero), which is where withholding practice rounds; the quick deduction is whole yuan
 * already. Never negative: a zero or negative amount owes nothing.
 */
export function taxAtBracket(table: TaxTable, bracketIndex: number, amountMinor: number): BracketTax {
  const bracket = table[bracketIndex];
  if (!bracket) throw new RangeError(`taxAtBracket: no bracket ${bracketIndex}`);
  const gross = mulDivRound(Math.max(0, amountMinor), bracket.rateBp, BP_WHOLE) - bracket.quickDeductionMinor;
  return {
    bracketIndex,
    rateBp: bracket.rateBp,
    quickDeductionMinor: bracket.quickDeductionMinor,
    taxMinor: Math.max(0, gross),
  };
}

/** Tax on an amount by its own bracket (annual table on annual taxable income, monthly table on a month). */
export function taxFromTable(table: TaxTable, amountMinor: number): BracketTax {
  return taxAtBracket(table, findBracketIndex(table, Math.max(0, amountMinor)), amountMinor);
}
