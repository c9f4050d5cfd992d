/** Two totals within 2 % of the larger one are a close call: the money alone should not decide. */
export const CLOSE_CALL_BP = 200;

export function isCloseCall(a: number, b: number, thresholdBp = CLOSE_CALL_BP): boolean {
  const larger = Math.max(Math.abs(a), Math.abs(b));
  // Compared in BigInt so totals near 10^15 minor units don't lose precision in the product.
  return BigInt(Math.abs(a - b)) * 10_000n <= BigInt(thresholdBp) * BigInt(larger);
}

/** Every pair of comparable totals that is a close call; a null total (missing rate) is never compared. */
export function findCloseCalls(
  totals: readonly { id: string; amountMinor: number | null }[],
  thresholdBp = CLOSE_CALL_BP,
): [string, string][] {
  const pairs: [string, string][] = [];
  totals.forEach((a, i) => {
    totals.slice(i + 1).forEach((b) => {
      if (a.amountMinor !== null && b.amountMinor !== null && isCloseCall(a.amountMinor, b.amountMinor, thresholdBp)) {
        pairs.push([a.id, b.id]);
      }
    });
  });
  return pairs;
}
