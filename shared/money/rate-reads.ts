import type { CurrencyCode } from './currencies';

/**
 * Which currency pairs a computation looked up (issue 16). Every conversion in the app goes through
 * findRate, which reports each pair it is asked for here while a recording is running. A memo can then
 * keep a result across an edited rate table as long as every pair the result read still resolves to the
 * same fraction: exact, because the computation saw nothing else of the table.
 */
const recordings: Set<string>[] = [];

export type RatePair = readonly [from: CurrencyCode, to: CurrencyCode];

/** Called by findRate; costs nothing while no recording runs. */
export function noteRateRead(from: CurrencyCode, to: CurrencyCode): void {
  for (const pairs of recordings) pairs.add(`${from}>${to}`);
}

/** Runs `run` and lists the pairs it (and anything it called, memoised or not) looked up. */
export function recordRateReads<T>(run: () => T): { value: T; pairs: RatePair[] } {
  const pairs = new Set<string>();
  recordings.push(pairs);
  try {
    const value = run();
    return { value, pairs: [...pairs].map((key) => key.split('>') as unknown as RatePair) };
  } finally {
    recordings.splice(recordings.lastIndexOf(pairs), 1);
  }
}

/** Replays pairs read by a result taken from a memo, so an enclosing recording still sees them. */
export function noteRateReads(pairs: readonly RatePair[]): void {
  if (recordings.length === 0) return;
  for (const [from, to] of pairs) noteRateRead(from, to);
}
