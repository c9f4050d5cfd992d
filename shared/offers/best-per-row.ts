/**
 * The ids holding the best value in a row of the comparison table, ties included. Values that could not be
 * computed (null: missing rate) never win. When every comparable value is the same, nothing is marked:
 * a mark should point at a difference.
 */
export function bestIds(
  values: readonly { id: string; amountMinor: number | null }[],
  direction: 'higher' | 'lower' = 'higher',
): string[] {
  const comparable = values.filter((v): v is { id: string; amountMinor: number } => v.amountMinor !== null);
  if (comparable.length < 2) return [];
  const amounts = comparable.map((v) => v.amountMinor);
  const best = direction === 'higher' ? Math.max(...amounts) : Math.min(...amounts);
  if (amounts.every((amount) => amount === best)) return [];
  return comparable.filter((v) => v.amountMinor === best).map((v) => v.id);
}
