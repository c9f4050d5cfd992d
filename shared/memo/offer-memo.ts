import { findRate, type FxRate } from '../money/fx';
import { noteRateReads, recordRateReads, type RatePair } from '../money/rate-reads';

/**
 * One remembered result per item (an offer object), valid while its other inputs are the same and every
 * exchange rate it looked up still resolves to the same fraction (issue 16). Items are held weakly: an
 * edited offer is a new object, and the old one's result goes with it.
 */
interface Remembered<R> {
  deps: readonly unknown[];
  pairs: readonly RatePair[];
  answers: readonly (string | null)[];
  value: R;
}

export interface OfferMemo<R> {
  /** The remembered result for `item`, or `compute()` (remembered) when any input differs. */
  get(item: object, deps: readonly unknown[], rates: readonly FxRate[], compute: () => R): R;
  readonly stats: { hits: number; misses: number };
}

const answerOf = (rates: readonly FxRate[], [from, to]: RatePair): string | null => {
  const rate = findRate(rates, from, to);
  return rate ? `${rate.num}/${rate.den}` : null;
};

/** Deep equality of plain data (what a plan holds: objects, arrays, strings, numbers, booleans, null). */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && samePlainData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** Inputs compare by identity, except plain-data inputs wrapped with `byValue` (rebuilt on every call upstream). */
export class ByValue {
  constructor(readonly value: unknown) {}
}
export const byValue = (value: unknown): ByValue => new ByValue(value);

const sameDep = (a: unknown, b: unknown) => (a instanceof ByValue && b instanceof ByValue ? samePlainData(a.value, b.value) : Object.is(a, b));

export function createOfferMemo<R>(): OfferMemo<R> {
  const remembered = new WeakMap<object, Remembered<R>>();
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get(item, deps, rates, compute) {
      const hit = remembered.get(item);
      if (
        hit &&
        hit.deps.length === deps.length &&
        hit.deps.every((dep, index) => sameDep(dep, deps[index])) &&
        hit.pairs.every((pair, index) => answerOf(rates, pair) === hit.answers[index])
      ) {
        stats.hits++;
        noteRateReads(hit.pairs);
        return hit.value;
      }
      stats.misses++;
      const { value, pairs } = recordRateReads(compute);
      remembered.set(item, { deps, pairs, answers: pairs.map((pair) => answerOf(rates, pair)), value });
      return value;
    },
  };
}
