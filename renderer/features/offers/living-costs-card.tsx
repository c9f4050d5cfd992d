import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES } from '../../../shared/money';
import { formatMoneyInput, parseMoneyInput } from '../../../shared/offers/input-parsers';
import { shortTextSchema } from '../../../shared/offers/schema-primitives';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { findCostOfLiving } from '../../../shared/offers/living-costs';
import type { ComparisonSettings, CostOfLiving } from '../../../shared/offers/schema';
import { usePlanner } from '../../store';
import { ComparisonField } from './comparison-fields';
import { useMoneyFormat } from './use-money-format';

const identity = (value: string) => value;

function CostOfLivingRow({ settings, entry, index }: { settings: ComparisonSettings; entry: CostOfLiving; index: number }) {
  const { t } = useTranslation();
  const updateComparison = usePlanner((s) => s.updateComparison);
  const at = (key: string) => ['costOfLiving', index, key];
  return (
    <div className="offers-row" data-testid="cost-of-living">
      <ComparisonField<string>
        settings={settings}
        path={at('city')}
        label={t('offers.ui.city')}
        format={identity}
        parse={(text) => (shortTextSchema.safeParse(text).success ? { ok: true, value: text } : { ok: false, messageKey: 'offers.validation.textTooLong' })}
      />
      <label className="field">
        <span className="offers-label">{t('offers.ui.currency')}</span>
        <select
          name={`comparison.costOfLiving.${index}.currency`}
          value={entry.currency}
          onChange={(event) => {
            const currency = CURRENCY_CODES.find((code) => code === event.target.value);
            if (currency) updateComparison((current) => ({ ...current, costOfLiving: current.costOfLiving.map((item) => (item.id === entry.id ? { ...item, currency } : item)) }));
          }}
        >
          {CURRENCY_CODES.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </select>
      </label>
      <ComparisonField<number> settings={settings} path={at('monthlyRentMinor')} label={t('offers.ui.monthlyRent')} inputMode="decimal" format={(value) => formatMoneyInput(value, entry.currency)} parse={(text) => parseMoneyInput(text, entry.currency)} />
      <ComparisonField<number> settings={settings} path={at('otherMonthlyMinor')} label={t('offers.ui.otherMonthly')} inputMode="decimal" format={(value) => formatMoneyInput(value, entry.currency)} parse={(text) => parseMoneyInput(text, entry.currency)} />
      <button
        type="button"
        className="link-button offers-row__remove"
        onClick={() => updateComparison((current) => ({ ...current, costOfLiving: current.costOfLiving.filter((item) => item.id !== entry.id) }))}
      >
        {t('offers.ui.remove')}
      </button>
    </div>
  );
}

export function LivingCostsCard({ comparison, settings }: { comparison: OfferComparison; settings: ComparisonSettings }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const updateComparison = usePlanner((s) => s.updateComparison);
  const add = () => {
    // Start with the first compared city that has no entry yet, in that offer's currency.
    const next = comparison.entries.find((entry) => entry.offer.city.trim() && !findCostOfLiving(entry.offer, settings.costOfLiving));
    const entry: CostOfLiving = {
      id: crypto.randomUUID(),
      city: next?.offer.city.trim() ?? '',
      currency: next?.offer.currency ?? comparison.homeCurrency,
      monthlyRentMinor: 0,
      otherMonthlyMinor: 0,
    };
    updateComparison((current) => ({ ...current, costOfLiving: [...current.costOfLiving, entry] }));
  };
  const years = Array.from({ length: comparison.horizonYears }, (_, index) => index + 1);
  return (
    <section className="card" aria-labelledby="living-title" data-testid="living-costs">
      <h2 id="living-title">{t('offers.ui.livingTitle')}</h2>
      <p className="muted small">{t('offers.ui.livingIntro')}</p>
      <div className="no-print">
        {settings.costOfLiving.map((entry, index) => (
          <CostOfLivingRow key={entry.id} settings={settings} entry={entry} index={index} />
        ))}
        <div className="offers-actions">
          <button type="button" name="add-cost-of-living" onClick={add}>
            {t('offers.ui.addCity')}
          </button>
        </div>
      </div>
      <div className="offers-scroll">
        <table className="offers-table">
          <thead>
            <tr>
              <th scope="col">{t('offers.ui.offer')}</th>
              <th scope="col" className="num">{t('offers.ui.yearlyLiving')}</th>
              {years.map((year) => (
                <th key={year} scope="col" className="num">
                  {t('offers.ui.leftInYear', { year })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.entries.map(({ offer, livingCosts, afterTax, leftBasis }) => (
              <tr key={offer.id} data-offer={offer.company}>
                <th scope="row">
                  {offer.company} <span className="muted small">{offer.city}</span>
                  {comparison.hasAfterTax && livingCosts.ok ? <div className="muted small">{t(`offers.ui.leftBasis.${leftBasis}`)}</div> : null}
                </th>
                {livingCosts.ok ? (
                  <>
                    <td className="num">
                      {money((livingCosts.years[0]?.rent ?? 0) + (livingCosts.years[0]?.otherCosts ?? 0), offer.currency)}
                      {(livingCosts.years[0]?.housingAllowance ?? 0) > 0 ? (
                        <div className="muted small">{t('offers.ui.netRent', { amount: money(livingCosts.years[0]?.netRent ?? 0, offer.currency) })}</div>
                      ) : null}
                    </td>
                    {livingCosts.years.map((year, index) => {
                      // With tax settings the living costs come out of take-home (shared/offer-tax), not gross.
                      const left = afterTax ? (afterTax.years[index]?.leftMinor ?? null) : year.left;
                      return (
                        <td key={year.year} className="num" data-year={year.year}>
                          {left === null ? <span className="offers-warning">⚠ {t('offers.ui.taxNotComputed')}</span> : money(left, offer.currency)}
                        </td>
                      );
                    })}
                  </>
                ) : (
                  <td colSpan={years.length + 1} className={livingCosts.reason === 'missingRate' ? 'offers-warning' : 'muted'}>
                    {livingCosts.reason === 'missingRate'
                      ? `⚠ ${t('offers.ui.missingRateCell', { pair: `${livingCosts.missing.from}/${livingCosts.missing.to}` })}`
                      : t('offers.ui.noLivingCostsFor', { city: offer.city || '—' })}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
