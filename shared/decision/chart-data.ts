import { minorDigits } from '../money';
import type { OfferComparison, OfferComparisonEntry } from '../offers/compare-offers';
import type { VerdictBasis } from './basis';
import type { Verdict } from './verdict';

/**
 * Colour per offer, told apart by hue and lightness (never by opacity), readable in grey print too: the
 * Okabe-Ito palette for colour-blind readers, then four more.
 */
export const OFFER_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442', '#6b4c9a', '#7f7f7f'] as const;

/** The charts show this many offers at most (the best on the verdict); the tables show all. */
export const MAX_CHART_OFFERS = 8;

export interface ChartSeries {
  key: string;
  offerId: string;
  company: string;
  color: string;
}

export interface DecisionChartData {
  series: ChartSeries[];
  /** One row per year: { year, o0: 123456.78, ... } in major units (display only). */
  perYear: ({ year: number } & Record<string, number>)[];
  cumulative: ({ year: number } & Record<string, number>)[];
  vesting: ({ year: number } & Record<string, number>)[];
  /** How many compared offers are left out of the charts. */
  hiddenCount: number;
}

function yearValue(entry: OfferComparisonEntry, basis: VerdictBasis, index: number): number | null {
  if (basis === 'gross') return entry.home.ok ? (entry.home.breakdown.years[index]?.total ?? null) : null;
  const year = entry.afterTax?.yearsHome[index];
  if (!year) return null;
  return basis === 'afterTax' ? year.takeHomeMinor : year.leftMinor;
}

/** The verdict's basis per year and cumulative, and vesting per year: one series per offer. */
export function decisionChartData(comparison: OfferComparison, verdict: Verdict): DecisionChartData {
  const scale = 10 ** minorDigits(comparison.homeCurrency);
  const byId = new Map(comparison.entries.map((entry) => [entry.offer.id, entry]));
  const shown = verdict.ranking.slice(0, MAX_CHART_OFFERS);
  const series = shown.map((row, index) => ({ key: `o${index}`, offerId: row.offerId, company: row.company, color: OFFER_COLORS[index % OFFER_COLORS.length] ?? '#000' }));
  const rows = () => Array.from({ length: comparison.horizonYears }, (_, index) => ({ year: index + 1 }) as { year: number } & Record<string, number>);
  const perYear = rows();
  const cumulative = rows();
  const vesting = rows();
  for (const s of series) {
    const entry = byId.get(s.offerId);
    if (!entry) continue;
    let running = 0;
    for (let index = 0; index < comparison.horizonYears; index += 1) {
      const value = yearValue(entry, verdict.basis, index);
      running += value ?? 0;
      const perYearRow = perYear[index];
      const cumulativeRow = cumulative[index];
      const vestingRow = vesting[index];
      if (perYearRow && value !== null) perYearRow[s.key] = value / scale;
      if (cumulativeRow) cumulativeRow[s.key] = running / scale;
      if (vestingRow && entry.home.ok) vestingRow[s.key] = (entry.home.breakdown.years[index]?.equity ?? 0) / scale;
    }
  }
  return { series, perYear, cumulative, vesting, hiddenCount: Math.max(0, verdict.ranking.length - shown.length) };
}
