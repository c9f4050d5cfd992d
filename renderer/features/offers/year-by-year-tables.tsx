import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPONENT_KEYS, type ComponentAmounts } from '../../../shared/offers/breakdown';
import type { OfferComparison, OfferComparisonEntry } from '../../../shared/offers/compare-offers';
import { useWindowRows } from '../../components/window-list';
import { useMoneyFormat } from './use-money-format';

/** One offer's gross pay per component and year in its own currency, with the horizon total and its home-currency value. */
const OfferYearTable = memo(function OfferYearTable({ entry, homeCurrency }: { entry: OfferComparisonEntry; homeCurrency: OfferComparison['homeCurrency'] }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const { offer, breakdown, home } = entry;
  const columns: { key: string; amounts: ComponentAmounts; home: ComponentAmounts | null; label: string }[] = [
    ...breakdown.years.map((year, index) => ({
      key: String(year.year),
      amounts: year,
      home: home.ok ? (home.breakdown.years[index] ?? null) : null,
      label: t('offers.ui.yearN', { year: year.year }),
    })),
    { key: 'total', amounts: breakdown.horizonTotal, home: home.ok ? home.breakdown.horizonTotal : null, label: t('offers.ui.horizonTotal') },
  ];
  return (
    <div className="offers-year-table" data-testid="year-table" data-offer={offer.company}>
      <h3>
        {offer.company}
        <span className="muted small"> {[offer.role, offer.city, offer.currency].filter((part) => part.trim()).join(' · ')}</span>
      </h3>
      <div className="offers-scroll">
        <table className="offers-table">
          <thead>
            <tr>
              <th scope="col">{t('offers.ui.component')}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="num">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPONENT_KEYS.map((key) => (
              <tr key={key} data-row={key}>
                <th scope="row">{t(`offers.ui.row.${key}`)}</th>
                {columns.map((column) => (
                  <td key={column.key} className="num" data-col={column.key}>
                    {column.amounts[key] === 0 ? <span className="muted">—</span> : money(column.amounts[key], offer.currency)}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-row="total" className="offers-total-row">
              <th scope="row">{t('offers.ui.row.total')}</th>
              {columns.map((column) => (
                <td key={column.key} className="num" data-col={column.key}>
                  {money(column.amounts.total, offer.currency)}
                </td>
              ))}
            </tr>
            {offer.currency !== homeCurrency ? (
              <tr data-row="totalHome">
                <th scope="row">{t('offers.ui.row.totalHome', { currency: homeCurrency })}</th>
                {columns.map((column) => (
                  <td key={column.key} className="num" data-col={column.key}>
                    {column.home ? (
                      money(column.home.total, homeCurrency)
                    ) : (
                      <span className="offers-warning" data-missing-rate>
                        ⚠ {t('offers.ui.missingRateCell', { pair: `${offer.currency}/${homeCurrency}` })}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
});

/** About one offer's table (a heading and eight rows), for the window before each is measured. */
const TABLE_HEIGHT = 330;

/** One table per offer; with many offers only those near the view are drawn (components/window-list). */
export function YearByYearTables({ comparison }: { comparison: OfferComparison }) {
  const { t } = useTranslation();
  const { attachList, indexes, before, after, measure } = useWindowRows(comparison.entries.length, () => TABLE_HEIGHT);
  return (
    <section className="card offers-print-break" aria-labelledby="year-tables-title">
      <h2 id="year-tables-title">{t('offers.ui.yearTablesTitle')}</h2>
      <p className="muted small">{t('offers.ui.yearRule')}</p>
      <div ref={attachList} style={{ paddingTop: before, paddingBottom: after }}>
        {indexes.map((index) => {
          const entry = comparison.entries[index]!;
          return (
            <div key={entry.offer.id} data-index={index} ref={measure} style={{ display: 'flow-root' }}>
              <OfferYearTable entry={entry} homeCurrency={comparison.homeCurrency} />
            </div>
          );
        })}
      </div>
    </section>
  );
}
