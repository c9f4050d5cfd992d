import { minorToMajorText } from '../money';
import { COMPONENT_KEYS, type ComponentAmounts } from './breakdown';
import type { AfterTaxFigures, OfferComparison } from './compare-offers';
import type { OfferMessageKey } from './messages';
import { toCsv, type CsvCell } from './csv';

/** Header and label texts, already translated by the UI (keys: OFFER_MESSAGES 'offers.csv.*'). */
export type CsvLabels = (key: OfferMessageKey) => string;

/**
 * The comparison as CSV: one record per offer and year plus a horizon-total record, amounts as plain
 * decimals in the offer's currency, and the total in the home currency (or the missing-rate label).
 * When some offer has tax settings, three more columns: tax (with contributions) and take-home in the
 * offer's currency, and take-home in the home currency; an offer without tax settings says so there.
 */
export function comparisonCsv(comparison: OfferComparison, label: CsvLabels): string {
  const header: CsvCell[] = [
    label('offers.csv.company'),
    label('offers.csv.role'),
    label('offers.csv.city'),
    label('offers.csv.currency'),
    label('offers.csv.year'),
    ...COMPONENT_KEYS.map((key) => label(`offers.csv.${key}`)),
    label('offers.csv.total'),
    label('offers.csv.homeCurrency'),
    label('offers.csv.totalHome'),
    ...(comparison.hasAfterTax ? [label('offers.csv.tax'), label('offers.csv.takeHome'), label('offers.csv.takeHomeHome')] : []),
  ];
  const rows: CsvCell[][] = [header];
  for (const entry of comparison.entries) {
    const { offer, breakdown, home, afterTax } = entry;
    const afterTaxCells = (figures: AfterTaxFigures | null | undefined, figuresHome: AfterTaxFigures | null | undefined): CsvCell[] => {
      if (!comparison.hasAfterTax) return [];
      if (!afterTax) return [label('offers.csv.beforeTax'), '', ''];
      const notComputed = label(afterTax.problem === 'missingRate' ? 'offers.csv.missingRate' : 'offers.csv.taxNotComputed');
      return [
        figures ? minorToMajorText(figures.taxMinor, offer.currency) : notComputed,
        figures ? minorToMajorText(figures.takeHomeMinor, offer.currency) : notComputed,
        figuresHome ? minorToMajorText(figuresHome.takeHomeMinor, comparison.homeCurrency) : notComputed,
      ];
    };
    const record = (
      year: string,
      amounts: ComponentAmounts,
      homeAmounts: ComponentAmounts | null,
      taxed: AfterTaxFigures | null | undefined,
      taxedHome: AfterTaxFigures | null | undefined,
    ): CsvCell[] => [
      offer.company,
      offer.role,
      offer.city,
      offer.currency,
      year,
      ...COMPONENT_KEYS.map((key) => minorToMajorText(amounts[key], offer.currency)),
      minorToMajorText(amounts.total, offer.currency),
      comparison.homeCurrency,
      homeAmounts ? minorToMajorText(homeAmounts.total, comparison.homeCurrency) : label('offers.csv.missingRate'),
      ...afterTaxCells(taxed, taxedHome),
    ];
    breakdown.years.forEach((year, index) => {
      rows.push(record(String(year.year), year, home.ok ? (home.breakdown.years[index] ?? null) : null, afterTax?.years[index], afterTax?.yearsHome[index]));
    });
    rows.push(record(label('offers.csv.horizonTotal'), breakdown.horizonTotal, home.ok ? home.breakdown.horizonTotal : null, afterTax?.horizon, afterTax?.horizonHome));
  }
  return toCsv(rows);
}
