import { convertMinor, type CurrencyCode, type FxRate } from '../money';
import { COMPONENT_KEYS, type ComponentAmounts, type OfferBreakdown } from './breakdown';

export type MissingRate = { from: CurrencyCode; to: CurrencyCode };

export type ConvertedBreakdown = { ok: true; breakdown: OfferBreakdown } | { ok: false; missing: MissingRate };

/**
 * A breakdown in another currency. Every figure, totals included, is the exact conversion of the original
 * figure rounded once, so the headline horizon total matches a hand calculation (6,360,000 CNY at 7.10 is
 * 895,774.65 USD, where converting the parts and adding would give .64). The price: converted parts may
 * differ from the converted total by up to half a minor unit each. All parts share the offer's currency,
 * so either everything converts or the whole offer reports the missing rate; never NaN, never zero.
 */
export function convertBreakdown(
  breakdown: OfferBreakdown,
  to: CurrencyCode,
  rates: readonly FxRate[],
  adjustBp = 0,
): ConvertedBreakdown {
  const probe = convertMinor(0, breakdown.currency, to, rates, adjustBp);
  if (!probe.ok) return { ok: false, missing: probe.missing };
  const one = (amountMinor: number): number => {
    const result = convertMinor(amountMinor, breakdown.currency, to, rates, adjustBp);
    return result.ok ? result.amountMinor : 0; // unreachable: the probe found the rate
  };
  const all = <T extends ComponentAmounts>(row: T): T => {
    const copy = { ...row };
    for (const key of [...COMPONENT_KEYS, 'total'] as const) copy[key] = one(row[key]);
    return copy;
  };
  return {
    ok: true,
    breakdown: {
      ...breakdown,
      currency: to,
      years: breakdown.years.map(all),
      horizonTotal: all(breakdown.horizonTotal),
      averagePerYear: all(breakdown.averagePerYear),
    },
  };
}
