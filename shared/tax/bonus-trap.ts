import { step, type ExplanationStep } from './explanation';
import { taxBonusSeparately } from './separate-bonus';
import type { TaxTable } from './tax-table';

/**
 * The bonus-threshold trap: taxed separately, a bonus one fen above 12 x a monthly-table edge is taxed whole at
 * the higher rate, so 36,012 leaves 32,620.80 while 36,000 leaves 34,920. It "bites" when some smaller bonus at
 * a table edge would leave more after tax than the bonus actually paid.
 */
export interface BonusTrap {
  readonly bonusMinor: number;
  readonly netMinor: number;
  /** The bonus at the table edge that leaves the most after tax (at most the bonus paid). */
  readonly thresholdMinor: number;
  readonly netAtThresholdMinor: number;
  /** How much more a bonus of exactly `thresholdMinor` would leave. */
  readonly lossMinor: number;
  /** The smallest bonus above the edge that leaves at least as much as the edge does: bonuses in between lose. */
  readonly breakEvenBonusMinor: number;
  readonly step: ExplanationStep;
}

function netOfSeparateTax(table: TaxTable, bonusMinor: number): number {
  return bonusMinor - taxBonusSeparately(table, bonusMinor).taxMinor;
}

/** ceil(a x num / den) in BigInt: a x 10,000 can pass 2^53 for large bonuses. den > 0. */
function ceilDiv(a: number, num: number, den: number): number {
  const product = BigInt(a) * BigInt(num);
  const d = BigInt(den);
  const q = product / d;
  return Number(product % d > 0n ? q + 1n : q);
}

/** Annual-bonus edges: 12 x each monthly edge (36,000; 144,000; 300,000; ...). */
export function separateBonusThresholds(monthlyTable: TaxTable): number[] {
  return monthlyTable.flatMap((b) => (b.upToMinor === null ? [] : [b.upToMinor * 12]));
}

/**
 * Net after tax rises with the bonus inside a bracket and drops at each edge, so the best smaller bonus is
 * always an edge. The break-even point solves b - (b x rate - qd) >= net at the edge in the bonus's own
 * bracket; the closed form is then corrected by a few fen for the rounding of the tax to the fen.
 */
export function findBonusTrap(monthlyTable: TaxTable, bonusMinor: number): BonusTrap | null {
  const netMinor = netOfSeparateTax(monthlyTable, bonusMinor);
  let best: { thresholdMinor: number; netMinor: number } | null = null;
  for (const thresholdMinor of separateBonusThresholds(monthlyTable)) {
    if (thresholdMinor >= bonusMinor) break;
    const net = netOfSeparateTax(monthlyTable, thresholdMinor);
    if (best === null || net > best.netMinor) best = { thresholdMinor, netMinor: net };
  }
  if (best === null || best.netMinor <= netMinor) return null;

  const bracket = taxBonusSeparately(monthlyTable, bonusMinor);
  const keepBp = 10_000 - bracket.rateBp;
  let breakEven = Math.max(bonusMinor, keepBp > 0 ? ceilDiv(best.netMinor - bracket.quickDeductionMinor, 10_000, keepBp) : bonusMinor);
  while (breakEven > bonusMinor && netOfSeparateTax(monthlyTable, breakEven - 1) >= best.netMinor) breakEven--;
  while (netOfSeparateTax(monthlyTable, breakEven) < best.netMinor) breakEven++;

  const lossMinor = best.netMinor - netMinor;
  return {
    bonusMinor,
    netMinor,
    thresholdMinor: best.thresholdMinor,
    netAtThresholdMinor: best.netMinor,
    lossMinor,
    breakEvenBonusMinor: breakEven,
    step: step('tax.explain.bonusTrap', {
      bonusMinor,
      netMinor,
      thresholdMinor: best.thresholdMinor,
      netAtThresholdMinor: best.netMinor,
      lossMinor,
      breakEvenBonusMinor: breakEven,
    }),
  };
}
