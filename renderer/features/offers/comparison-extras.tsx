import { useTranslation } from 'react-i18next';
import { MAX_WHAT_IF_BP } from '../../../shared/offers/limits';
import { formatPercentInput, parsePercentInput, parseWholeInput } from '../../../shared/offers/input-parsers';
import { monthSchema } from '../../../shared/offers/schema-primitives';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import type { ComparisonSettings } from '../../../shared/offers/schema';
import { ComparisonField } from './comparison-fields';
import { useMoneyFormat } from './use-money-format';

export function CostOfLeavingCard({ comparison, settings }: { comparison: OfferComparison; settings: ComparisonSettings }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  // Only a current job forfeits a bonus not yet paid; the column is shown when one does.
  const hasBonus = comparison.entries.some((entry) => entry.costOfLeaving.bonusForfeited > 0);
  return (
    <section className="card" aria-labelledby="leaving-title" data-testid="cost-of-leaving">
      <h2 id="leaving-title">{t('offers.ui.leavingTitle', { month: settings.leaveMonth })}</h2>
      <p className="muted small">{t('offers.ui.leavingIntro')}</p>
      <div className="form-grid offers-narrow-grid no-print">
        <ComparisonField<number> settings={settings} path={['leaveMonth']} label={t('offers.ui.leaveMonth')} inputMode="numeric" format={String} parse={parseWholeInput(monthSchema)} />
      </div>
      <div className="offers-scroll">
        <table className="offers-table">
          <thead>
            <tr>
              <th scope="col">{t('offers.ui.offer')}</th>
              <th scope="col" className="num">{t('offers.ui.signOnOwed')}</th>
              <th scope="col" className="num">{t('offers.ui.relocationOwed')}</th>
              <th scope="col" className="num">{t('offers.ui.equityForfeited')}</th>
              {hasBonus ? <th scope="col" className="num">{t('decision.leaving.bonusForfeited')}</th> : null}
              <th scope="col" className="num">{t('offers.ui.row.total')}</th>
              <th scope="col" className="num">{t('offers.ui.inHome', { currency: comparison.homeCurrency })}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.entries.map(({ offer, costOfLeaving, costOfLeavingHome }) => (
              <tr key={offer.id} data-offer={offer.company}>
                <th scope="row">{offer.company}</th>
                <td className="num">{money(costOfLeaving.signOnOwed, offer.currency)}</td>
                <td className="num">{money(costOfLeaving.relocationOwed, offer.currency)}</td>
                <td className="num">{money(costOfLeaving.equityForfeited, offer.currency)}</td>
                {hasBonus ? <td className="num">{money(costOfLeaving.bonusForfeited, offer.currency)}</td> : null}
                <td className="num">{money(costOfLeaving.total, offer.currency)}</td>
                <td className="num">
                  {costOfLeavingHome.ok ? money(costOfLeavingHome.amountMinor, comparison.homeCurrency) : <span className="offers-warning">⚠ {t('offers.ui.missingRateShort')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hasBonus ? <p className="muted small">{t('decision.leaving.bonusRule')}</p> : null}
    </section>
  );
}

export function FxWhatIfCard({ comparison, settings }: { comparison: OfferComparison; settings: ComparisonSettings }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const percent = formatPercentInput(settings.whatIfBp);
  const show = (result: OfferComparison['entries'][number]['whatIf']['down']) =>
    result.ok ? money(result.amountMinor, comparison.homeCurrency) : <span className="offers-warning">⚠ {t('offers.ui.missingRateShort')}</span>;
  return (
    <section className="card" aria-labelledby="whatif-title" data-testid="fx-what-if">
      <h2 id="whatif-title">{t('offers.ui.whatIfTitle', { percent })}</h2>
      <p className="muted small">{t('offers.ui.whatIfIntro', { count: comparison.horizonYears })}</p>
      <div className="form-grid offers-narrow-grid no-print">
        <ComparisonField<number> settings={settings} path={['whatIfBp']} label={t('offers.ui.whatIfPercent')} inputMode="decimal" format={formatPercentInput} parse={(text) => parsePercentInput(text, 0, MAX_WHAT_IF_BP)} />
      </div>
      <table className="offers-table">
        <thead>
          <tr>
            <th scope="col">{t('offers.ui.offer')}</th>
            <th scope="col" className="num">{t('offers.ui.whatIfDown', { percent })}</th>
            <th scope="col" className="num">{t('offers.ui.whatIfEntered')}</th>
            <th scope="col" className="num">{t('offers.ui.whatIfUp', { percent })}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.entries.map(({ offer, whatIf }) => (
            <tr key={offer.id} data-offer={offer.company}>
              <th scope="row">
                {offer.company} <span className="muted small">{offer.currency}</span>
              </th>
              <td className="num">{show(whatIf.down)}</td>
              <td className="num">{show(whatIf.asEntered)}</td>
              <td className="num">{show(whatIf.up)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
