import { memo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeFigures, OfferTakeHome, OfferTaxYear, TakeHomeFigures } from '../../../shared/offer-tax/offer-take-home';
import { yearReliefDates } from '../../../shared/offer-tax/tax-options';
import type { Offer } from '../../../shared/offers/offer-schema';
import { ExplanationList, useStepText } from './explanation-list';
import { formatBp, useTaxMoney } from './format';
import { TypicalContributionsNotice } from './typical-contributions-notice';
import { useDates } from '../../i18n/use-dates';

type Opened = number | 'total' | null;
type RowKey = 'gross' | 'tax' | 'contributions' | 'takeHome' | 'takeHomeHome' | 'left' | 'leftHome' | 'rate';

/** One offer's after-tax table: a column per offer year and one for the horizon; figures open their explanation. */
export const OfferTakeHomeTable = memo(function OfferTakeHomeTable({ offer, result }: { offer: Offer; result: OfferTakeHome }) {
  const { t } = useTranslation();
  const dates = useDates();
  const money = useTaxMoney();
  const [opened, setOpened] = useState<Opened>(null);
  const { currency, homeCurrency, settings, years, horizon } = result;
  const isForeignCurrency = currency !== homeCurrency;
  const isTaxed = settings !== null;
  const taxedFigures = years.flatMap((y) => (y.outcome.status === 'taxed' ? [y.outcome.figures] : []));
  const hasContributions = taxedFigures.some((f) => f.contributionsMinor > 0) || (horizon.ok && horizon.figures.contributionsMinor > 0);
  const hasLeft = isTaxed && result.livingCostStatus === 'ok';

  const rows: RowKey[] = isTaxed
    ? [
        'gross',
        'tax',
        ...(hasContributions ? (['contributions'] as const) : []),
        'takeHome',
        ...(isForeignCurrency ? (['takeHomeHome'] as const) : []),
        ...(hasLeft ? (['left'] as const) : []),
        ...(hasLeft && isForeignCurrency ? (['leftHome'] as const) : []),
        'rate',
      ]
    : ['gross'];

  const toggle = (which: Opened) => setOpened((current) => (current === which ? null : which));
  const figureButton = (which: Opened, label: string, text: string) => (
    <button type="button" className="take-home__figure" aria-expanded={opened === which} aria-label={`${text} — ${label}`} data-open-explanation={which ?? undefined} onClick={() => toggle(which)}>
      {text}
    </button>
  );
  const warning = (text: string, attr?: Record<string, string>) => (
    <span className="take-home__warning" {...attr}>
      ⚠ {text}
    </span>
  );
  const homeCell = (home: HomeFigures, pick: (f: TakeHomeFigures) => number | null): ReactNode => {
    if (!home.ok) return warning(t('tax.ui.missingRateCell', { pair: `${home.missing.from}/${home.missing.to}` }), { 'data-missing-rate': '' });
    const value = pick(home.figures);
    return value === null ? '—' : money(value, homeCurrency);
  };
  const rateOf = (f: TakeHomeFigures) => (f.grossMinor > 0 ? formatBp(Math.round((f.taxMinor * 10_000) / f.grossMinor)) : '—');

  const yearCell = (year: OfferTaxYear, row: RowKey): ReactNode => {
    if (row === 'gross') return money(year.grossMinor, currency);
    const outcome = year.outcome;
    if (outcome.status === 'before-tax') return '—';
    if (outcome.status === 'no-rule') return row === 'tax' ? warning(t('tax.ui.noRuleCell', { taxYear: outcome.taxYear }), { 'data-no-rule': String(outcome.taxYear) }) : '—';
    if (outcome.status === 'missing-rate') return row === 'tax' ? warning(t('tax.ui.missingRateCell', { pair: `${outcome.missing.from}/${outcome.missing.to}` }), { 'data-missing-rate': '' }) : '—';
    if (outcome.status === 'invalid-input') return row === 'tax' ? warning(t('tax.ui.invalidCell')) : '—';
    const f = outcome.figures;
    const label = t('tax.ui.openExplanation', { year: year.year });
    switch (row) {
      case 'tax':
        return figureButton(year.year, label, money(f.taxMinor, currency));
      case 'contributions':
        return money(f.contributionsMinor, currency);
      case 'takeHome':
        return figureButton(year.year, label, money(f.takeHomeMinor, currency));
      case 'takeHomeHome':
        return homeCell(outcome.home, (h) => h.takeHomeMinor);
      case 'left':
        return f.leftAfterLivingCostsMinor === null ? '—' : money(f.leftAfterLivingCostsMinor, currency);
      case 'leftHome':
        return homeCell(outcome.home, (h) => h.leftAfterLivingCostsMinor);
      case 'rate':
        return rateOf(f);
    }
  };

  const totalCell = (row: RowKey): ReactNode => {
    if (row === 'gross') return money(result.breakdown.horizonTotal.total, currency);
    if (!horizon.ok) return row === 'tax' ? <span className="muted" title={t('offerTax.horizonIncomplete')}>—</span> : '—';
    const f = horizon.figures;
    const label = t('tax.ui.horizon', { years: years.length });
    switch (row) {
      case 'tax':
        return figureButton('total', label, money(f.taxMinor, currency));
      case 'contributions':
        return money(f.contributionsMinor, currency);
      case 'takeHome':
        return figureButton('total', label, money(f.takeHomeMinor, currency));
      case 'takeHomeHome':
        return homeCell(horizon.home, (h) => h.takeHomeMinor);
      case 'left':
        return f.leftAfterLivingCostsMinor === null ? '—' : money(f.leftAfterLivingCostsMinor, currency);
      case 'leftHome':
        return homeCell(horizon.home, (h) => h.leftAfterLivingCostsMinor);
      case 'rate':
        return rateOf(f);
    }
  };

  const rowLabel = (row: RowKey): string => {
    if (row === 'takeHomeHome') return t('tax.ui.row.takeHomeHome', { currency: homeCurrency });
    if (row === 'leftHome') return t('tax.ui.row.leftHome', { currency: homeCurrency });
    // What is withheld besides income tax depends on the country's model.
    if (row === 'contributions' && settings?.model === 'us') return t('tax.ui.row.payrollUs');
    if (row === 'contributions' && settings?.model === 'hong-kong') return t('tax.ui.row.mpf');
    return t(`tax.ui.row.${row}`);
  };
  const rowClass = (row: RowKey) => (row === 'takeHome' ? 'take-home__strong' : row === 'rate' || row === 'takeHomeHome' || row === 'leftHome' ? 'take-home__secondary' : undefined);

  return (
    <div className="take-home__offer" data-testid="take-home-offer" data-offer={offer.company}>
      <h3>
        {offer.company}
        <span className="muted"> {[offer.role, offer.city, currency].filter((part) => part.trim()).join(' · ')}</span>
      </h3>
      <p className="take-home__model muted">
        {settings ? t('tax.ui.model', { model: t(`tax.label.model.${settings.model}`) }) : t('offerTax.beforeTax')}
      </p>
      <TypicalContributionsNotice offerId={offer.id} settings={settings} name="take-home" />
      <div className="take-home__scroll">
        <table className="take-home-table" data-testid="take-home-table">
          <thead>
            <tr>
              <th scope="col">{t('tax.ui.figure')}</th>
              {years.map((year) => (
                <th key={year.year} scope="col" data-col={year.year}>
                  {t('tax.ui.yearHeader', { year: year.year })}
                  <span className="take-home__period">{t('tax.ui.yearPeriod', dates.params({ first: year.period.firstMonth, last: year.period.lastMonth }))}</span>
                  {isTaxed ? <span className="take-home__period">{t('tax.ui.taxedAs', { taxYear: year.period.taxYear })}</span> : null}
                </th>
              ))}
              <th scope="col" data-col="total">
                {t('tax.ui.horizon', { years: years.length })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row} data-row={row} className={rowClass(row)}>
                <th scope="row">{rowLabel(row)}</th>
                {years.map((year) => (
                  <td key={year.year} data-col={year.year}>
                    {yearCell(year, row)}
                  </td>
                ))}
                <td data-col="total">{totalCell(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {opened !== null ? <ExplanationPanel result={result} startDate={offer.startDate} opened={opened} onClose={() => setOpened(null)} /> : null}
      {isTaxed ? <OfferNotes result={result} city={offer.city} /> : null}
    </div>
  );
});

function ExplanationPanel({ result, startDate, opened, onClose }: { result: OfferTakeHome; startDate: string; opened: Exclude<Opened, null>; onClose: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const money = useTaxMoney();
  const close = (
    <button type="button" className="link-button" name="tax.closeExplanation" onClick={onClose}>
      {t('tax.ui.close')}
    </button>
  );
  if (opened === 'total') {
    if (!result.horizon.ok) return null;
    const parts = result.years.map((y) => (y.outcome.status === 'taxed' ? money(y.outcome.figures.takeHomeMinor, result.currency) : '—')).join(' + ');
    return (
      <div className="take-home__explanation" data-testid="take-home-explanation" data-year="total">
        <h4>
          {t('tax.ui.horizon', { years: result.years.length })}
          {close}
        </h4>
        <p>{t('tax.ui.horizonExplanation', { parts, total: money(result.horizon.figures.takeHomeMinor, result.currency) })}</p>
      </div>
    );
  }
  const year = result.years[opened - 1];
  if (!year || year.outcome.status !== 'taxed') return null;
  const { computation, taxCurrency, input } = year.outcome;
  // The reliefs ending 2027-12-31 go by payment date, not by the tax year above: say which dates decided.
  const isChina = computation.model === 'china-resident' || computation.model === 'china-nonresident';
  const relief = yearReliefDates(startDate, year.period);
  const reliefLines = isChina
    ? [
        ...(computation.model === 'china-resident' && input.annualBonusMinor > 0
          ? [t(relief.isSeparateBonusAvailable ? 'offerTax.rule.bonusSeparateAllowed' : 'offerTax.rule.bonusSeparateNotAllowed', { paidOn: dates.date(relief.annualBonusPaidOn) })]
          : []),
        ...(result.settings?.isForeignNational && input.reimbursedAllowancesMinor > 0 ? [t('offerTax.rule.exemptionMonths', { months: relief.exemptionMonths })] : []),
      ]
    : [];
  return (
    <div className="take-home__explanation" data-testid="take-home-explanation" data-year={opened}>
      <h4>
        {t('tax.ui.explanationTitle', dates.params({ year: year.year, first: year.period.firstMonth, last: year.period.lastMonth, currency: taxCurrency }))}
        {close}
      </h4>
      <p className="muted take-home__rule" data-testid="take-home-year-rule">
        {[
          t('offerTax.rule.taxYear', dates.params({ year: year.year, firstMonth: year.period.firstMonth, lastMonth: year.period.lastMonth, taxYear: year.period.taxYear, months: year.period.monthsInTaxYear })),
          ...reliefLines,
        ].join(' ')}
      </p>
      <ExplanationList steps={computation.explanation} currency={taxCurrency} />
    </div>
  );
}

/** The year rule per year, warnings, the bonus trap when it bites, and every notice and simplification. */
function OfferNotes({ result, city }: { result: OfferTakeHome; city: string }) {
  const { t } = useTranslation();
  const cnyText = useStepText('CNY');
  const traps = result.years.flatMap((y) => (y.outcome.status === 'taxed' && y.outcome.computation.bonusTrap ? [{ year: y.year, currency: y.outcome.taxCurrency, trap: y.outcome.computation.bonusTrap }] : []));
  const problems = result.years.flatMap((y) => {
    if (y.outcome.status === 'no-rule') return [t('tax.error.noRuleForYear', { taxYear: y.outcome.taxYear })];
    if (y.outcome.status === 'missing-rate') return [t('offerTax.missingRate', { from: y.outcome.missing.from, to: y.outcome.missing.to })];
    if (y.outcome.status === 'invalid-input') return [t('offerTax.invalidInput', { field: y.outcome.field })];
    return [];
  });
  // Each notice once, with the years it concerns (none named when it concerns every year).
  const notices = result.notices.map((key) => ({
    key,
    years: result.years.filter((y) => y.outcome.status === 'taxed' && y.outcome.computation.notices.includes(key)).map((y) => y.year),
  }));
  const firstTaxed = result.years.find((y) => y.outcome.status === 'taxed');
  const homeMissing = firstTaxed?.outcome.status === 'taxed' && !firstTaxed.outcome.home.ok ? firstTaxed.outcome.home.missing : null;
  return (
    <>
      {traps.map(({ year, trap }) => (
        <div key={year} className="take-home__trap" data-testid="bonus-trap" role="note">
          <strong>{t('tax.ui.bonusTrapTitle', { year })}</strong> {cnyText(trap.step)}
        </div>
      ))}
      <ul className="take-home__notes" data-testid="take-home-notes">
        {[...new Set(problems)].map((text) => (
          <li key={text} className="take-home__warning">
            {text}
          </li>
        ))}
        {homeMissing ? <li className="take-home__warning">{t('offerTax.missingRate', { from: homeMissing.from, to: homeMissing.to })}</li> : null}
        {!result.horizon.ok && result.settings ? <li className="take-home__warning">{t('offerTax.horizonIncomplete')}</li> : null}
        {result.livingCostStatus === 'noCostOfLiving' ? <li>{t('offerTax.noCostOfLiving', { city: city.trim() || '—' })}</li> : null}
        {notices.map(({ key, years }) => (
          <li key={key} data-note={key}>
            {years.length < result.years.length ? <strong>{t(years.length === 1 ? 'tax.ui.noticeYear' : 'tax.ui.noticeYears', { years: years.join(t('text.listSeparator')) })} </strong> : null}
            {t(key)}
          </li>
        ))}
      </ul>
    </>
  );
}
