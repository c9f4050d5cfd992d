import { mulDivRound } from '../money';

/**
 * A progressive schedule written the way the US, Hong Kong and Singapore publish it: each rate applies only
 * to the slice of income above `overMinor` up to the next bracket's `overMinor`. Brackets are ascending and
 * the first starts at 0.
 */
export interface MarginalBracket {
  readonly overMinor: number;
  readonly rateBp: number;
}

export type MarginalSchedule = readonly MarginalBracket[];

export interface ScheduleSlice {
  readonly fromMinor: number;
  readonly toMinor: number;
  readonly rateBp: number;
  /** The slice's tax before the one rounding of the total (exact to a hundredth of a minor unit). */
  readonly taxMinor: number;
}

export interface ScheduleTax {
  /** Sum of the slices, rounded once to the minor unit (half away from zero). */
  readonly taxMinor: number;
  /** The rate on the next unit of income. */
  readonly marginalRateBp: number;
  readonly slices: readonly ScheduleSlice[];
}

/** Tax on `amountMinor` (negative counts as 0). The slices are summed exactly in BigInt, then rounded once. */
export function taxOnSchedule(schedule: MarginalSchedule, amountMinor: number): ScheduleTax {
  const amount = Math.max(0, amountMinor);
  let exact = 0n;
  const slices: ScheduleSlice[] = [];
  let marginalRateBp = schedule[0]?.rateBp ?? 0;
  schedule.forEach((bracket, index) => {
    if (amount < bracket.overMinor) return;
    marginalRateBp = bracket.rateBp;
    const next = schedule[index + 1];
    const top = next === undefined ? amount : Math.min(amount, next.overMinor);
    const width = top - bracket.overMinor;
    if (width <= 0) return;
    exact += BigInt(width) * BigInt(bracket.rateBp);
    slices.push({ fromMinor: bracket.overMinor, toMinor: top, rateBp: bracket.rateBp, taxMinor: mulDivRound(width, bracket.rateBp, 10_000) });
  });
  return { taxMinor: mulDivRound(exact, 1, 10_000), marginalRateBp, slices };
}
