import { minorDigits, type CurrencyCode } from '../money';
import { COMPONENT_KEYS, type ComponentKey } from './breakdown';
import type { OfferComparison } from './compare-offers';

export interface StackedSeries {
  /** Key into each row; built from the offer's position, since ids may contain characters a chart reads as a path. */
  dataKey: string;
  offerId: string;
  component: ComponentKey;
  /** Bars of one offer stack together; each year shows one stack per offer side by side. */
  stackId: string;
}

export interface StackedChartData {
  currency: CurrencyCode;
  /** One row per year: { year, o0_base: 900000, o0_bonus: ..., o1_base: ... } in major units. */
  rows: ({ year: number } & Record<string, number>)[];
  series: StackedSeries[];
  /** Offers left out of the chart because their rate is missing. */
  missing: string[];
}

/**
 * The home-currency breakdowns shaped for a stacked bar chart (recharts: one <Bar> per series, stackId per
 * offer). Values are major units as plain numbers: display only, never fed back into money arithmetic.
 */
export function stackedChartData(comparison: OfferComparison): StackedChartData {
  const scale = 10 ** minorDigits(comparison.homeCurrency);
  const rows = Array.from({ length: comparison.horizonYears }, (_, index) => ({ year: index + 1 }) as { year: number } & Record<string, number>);
  const series: StackedSeries[] = [];
  const missing: string[] = [];
  comparison.entries.forEach((entry, offerIndex) => {
    if (!entry.home.ok) {
      missing.push(entry.offer.id);
      return;
    }
    for (const component of COMPONENT_KEYS) {
      const dataKey = `o${offerIndex}_${component}`;
      series.push({ dataKey, offerId: entry.offer.id, component, stackId: `o${offerIndex}` });
      entry.home.breakdown.years.forEach((year, yearIndex) => {
        const row = rows[yearIndex];
        if (row) row[dataKey] = year[component] / scale;
      });
    }
  });
  return { currency: comparison.homeCurrency, rows, series, missing };
}
