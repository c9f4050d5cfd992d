import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPONENT_KEYS } from '../../../shared/offers/breakdown';
import type { BestRowKey, OfferComparison, OfferComparisonEntry } from '../../../shared/offers/compare-offers';
import type { Baseline } from '../../../shared/decision/analysis';
import { formatScaled } from '../../../shared/money';
import { useMoneyFormat } from './use-money-format';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';

type Direction = 'desc' | 'asc';

/**
 * Offer columns drawn in the table's first render: more than fit the first screen at 1280 px. With 50
 * offers the table is 800 cells, and drawing them all held the first paint of the comparison back by
 * about 0.2 s (issue 16); the other columns follow in a render right after it.
 */
export const FIRST_DRAWN_COLUMNS = 8;

/** The value of one row for one offer, in home-currency minor units (criteria: hundredths), or null if unknown. */
function rowValue(entry: OfferComparisonEntry, row: BestRowKey): number | null {
  switch (row) {
    case 'horizonTotal':
      return entry.home.ok ? entry.home.breakdown.horizonTotal.total : null;
    case 'costOfLeaving':
      return entry.costOfLeavingHome.ok ? entry.costOfLeavingHome.amountMinor : null;
    case 'tax':
      return entry.shownAfterTax?.taxMinor ?? null;
    case 'takeHome':
      return entry.shownAfterTax?.takeHomeMinor ?? null;
    case 'leftAfterLivingCosts':
      return entry.leftShownHome;
    case 'criteria':
      return entry.criteria.scoreHundredths;
    default:
      return entry.shown ? entry.shown[row] : null;
  }
}

/** Tax rows only when some offer has tax settings; the non-money rank only when there are criteria to rank by. */
function tableRows(comparison: OfferComparison): BestRowKey[] {
  return [
    ...COMPONENT_KEYS,
    'total',
    ...(comparison.hasAfterTax ? (['tax', 'takeHome'] as const) : []),
    'horizonTotal',
    'leftAfterLivingCosts',
    'costOfLeaving',
    ...(comparison.hasCriteria ? (['criteria'] as const) : []),
  ];
}

/** The offer's horizon total on the verdict's basis against the current job's, signed. */
function BaselineDelta({ baseline, offerId, currency }: { baseline: Baseline; offerId: string; currency: OfferComparison['homeCurrency'] }) {
  const money = useMoneyFormat();
  const delta = baseline.deltas.find((item) => item.offerId === offerId);
  if (!delta) return null;
  const sign = delta.deltaMinor > 0 ? '+' : delta.deltaMinor < 0 ? '−' : '±';
  return (
    <div className={`small decision-delta${delta.deltaMinor < 0 ? ' decision-delta--worse' : ''}`} data-testid="baseline-delta">
      {sign}
      {money(Math.abs(delta.deltaMinor), currency)}
    </div>
  );
}

/**
 * Offers side by side in the home currency: the shown year (first or average), the horizon total and the
 * non-money rank. Clicking a row's name orders the offers by it; the best value of each row is starred.
 */
export function ComparisonTable({ comparison, baseline = null, closeCallIds }: { comparison: OfferComparison; baseline?: Baseline | null; closeCallIds?: readonly string[] }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const [sort, setSort] = useState<{ row: BestRowKey; direction: Direction } | null>(null);
  // The close call of the verdict (its basis and horizon) when given, so the table never contradicts the answer.
  const closeIds = new Set(closeCallIds ?? comparison.closeCalls.flat());
  const entries = useMemo(() => {
    if (!sort) return comparison.entries;
    const sign = sort.direction === 'desc' ? -1 : 1;
    return [...comparison.entries].sort((a, b) => {
      const va = rowValue(a, sort.row);
      const vb = rowValue(b, sort.row);
      if (va === vb) return 0;
      if (va === null) return 1;
      if (vb === null) return -1;
      return sign * (va - vb);
    });
  }, [comparison.entries, sort]);
  const areAllColumnsDrawn = useAfterFirstPaint();
  const columns = areAllColumnsDrawn ? entries : entries.slice(0, FIRST_DRAWN_COLUMNS);
  const toggle = (row: BestRowKey) =>
    setSort((current) => ({ row, direction: current?.row === row && current.direction === 'desc' ? 'asc' : row === 'costOfLeaving' && current?.row !== row ? 'asc' : 'desc' }));
  const rowLabel = (row: BestRowKey) => {
    if (row === 'total' && comparison.hasAfterTax) return comparison.view === 'firstYear' ? t('offers.ui.row.grossFirstYear') : t('offers.ui.row.grossAverage');
    if (row === 'total') return comparison.view === 'firstYear' ? t('offers.ui.row.totalFirstYear') : t('offers.ui.row.totalAverage');
    if (row === 'costOfLeaving') return t('offers.ui.row.costOfLeaving', { month: comparison.entries.find((entry) => entry.offer.kind !== 'currentJob')?.costOfLeaving.leaveMonth ?? 0 });
    if (row === 'horizonTotal') return t('offers.ui.row.horizonTotal', { count: comparison.horizonYears });
    return t(`offers.ui.row.${row}`);
  };
  const cell = (entry: OfferComparisonEntry, row: BestRowKey) => {
    const value = rowValue(entry, row);
    if ((row === 'tax' || row === 'takeHome') && value === null) {
      if (!entry.afterTax) return <span className="muted small">{t('offers.ui.noTaxSettings')}</span>;
      if (entry.afterTax.problem !== 'missingRate') return <span className="offers-warning">⚠ {t('offers.ui.taxNotComputed')}</span>;
    }
    if (row === 'leftAfterLivingCosts' && value !== null && comparison.hasAfterTax) {
      return (
        <>
          {money(value, comparison.homeCurrency)}
          <div className="muted small" data-left-basis={entry.leftBasis}>
            {t(`offers.ui.leftBasis.${entry.leftBasis}`)}
          </div>
        </>
      );
    }
    if (row === 'criteria') {
      return (
        <>
          {formatScaled(entry.criteria.scoreHundredths, 2)} / 10 <span className="muted small">#{entry.criteria.rank}</span>
        </>
      );
    }
    if (value === null) {
      if (row === 'leftAfterLivingCosts' && entry.livingCosts.ok === false && entry.livingCosts.reason === 'noCostOfLiving') {
        return <span className="muted small">{t('offers.ui.noLivingCosts')}</span>;
      }
      if (row === 'leftAfterLivingCosts' && entry.afterTax && entry.afterTax.problem !== 'missingRate') {
        return <span className="offers-warning">⚠ {t('offers.ui.taxNotComputed')}</span>;
      }
      return (
        <span className="offers-warning" data-missing-rate>
          ⚠ {t('offers.ui.missingRateCell', { pair: `${entry.offer.currency}/${comparison.homeCurrency}` })}
        </span>
      );
    }
    return money(value, comparison.homeCurrency);
  };
  return (
    <section className="card" aria-labelledby="comparison-table-title">
      <h2 id="comparison-table-title">
        {t('offers.ui.tableTitle', { currency: comparison.homeCurrency })}{' '}
        <span className="muted small">{comparison.view === 'firstYear' ? t('offers.ui.view.firstYear') : t('offers.ui.view.average')}</span>
      </h2>
      <div className="offers-scroll">
        <table className="offers-table offers-compare-table" data-testid="comparison-table" aria-busy={columns.length < entries.length || undefined}>
          <thead>
            <tr>
              <th scope="col">
                <span className="muted small no-print">{t('offers.ui.sortHint')}</span>
              </th>
              {columns.map((entry) => (
                <th key={entry.offer.id} scope="col" className="num" data-offer={entry.offer.company}>
                  {entry.offer.company}
                  <div className="muted small">{[entry.offer.city, entry.offer.currency].filter(Boolean).join(' · ')}</div>
                  {entry.offer.kind === 'currentJob' ? <span className="offers-badge offers-badge--current">{t('decision.current')}</span> : null}
                  {baseline && entry.offer.id !== baseline.currentJobId ? <BaselineDelta baseline={baseline} offerId={entry.offer.id} currency={comparison.homeCurrency} /> : null}
                  {closeIds.has(entry.offer.id) ? (
                    <span className="offers-badge offers-badge--close" data-testid="close-call" title={t('offers.ui.closeCallHint')}>
                      {t('offers.ui.closeCall')}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tableRows(comparison).map((row) => (
              <tr key={row} data-testid={`cmp-${row}`} className={row === 'total' || row === 'horizonTotal' || row === 'takeHome' ? 'offers-total-row' : undefined}>
                <th scope="row">
                  <button type="button" className="offers-sort-button" name={`sort-row-${row}`} onClick={() => toggle(row)}>
                    {rowLabel(row)}
                    {sort?.row === row ? <span aria-hidden="true">{sort.direction === 'desc' ? ' ▼' : ' ▲'}</span> : null}
                  </button>
                  <span className="print-only">{rowLabel(row)}</span>
                </th>
                {columns.map((entry) => {
                  const isBest = comparison.best[row].includes(entry.offer.id);
                  return (
                    <td key={entry.offer.id} className={`num${isBest ? ' offers-best' : ''}`} data-offer={entry.offer.company} data-best={isBest || undefined}>
                      {cell(entry, row)}
                      {isBest ? <span className="offers-best__mark" aria-label={t('offers.ui.best')} title={t('offers.ui.best')}> ★</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {closeIds.size > 0 ? (
        <p className="offers-note offers-note--warn" data-testid="close-call-note">
          {t('offers.ui.closeCallNote')}
        </p>
      ) : null}
      {comparison.hasAfterTax ? <p className="muted small">{t('offers.ui.taxRowsNote')}</p> : null}
      {comparison.hasMixedLeftBasis ? (
        <p className="muted small" data-testid="mixed-basis-note">
          {t('offers.ui.mixedBasisNote')}
        </p>
      ) : null}
      <p className="muted small">{t('offers.ui.bestLegend')}</p>
    </section>
  );
}
