import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES, isCurrencyCode, type CurrencyCode } from '../../../shared/money';
import { isoDateSchema } from '../../../shared/offers/schema-primitives';
import { formatRateInput, parseRateInput } from '../../../shared/offers/input-parsers';
import { validateComparisonEdit } from '../../../shared/offers/validate-edit';
import { EXAMPLE_FX_RATES, type ComparisonSettings } from '../../../shared/offers/schema';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { usePlanner } from '../../store';
import { ComparisonField } from './comparison-fields';
import { useDates } from '../../i18n/use-dates';

const identity = (value: string) => value;

function AddRateForm({ settings }: { settings: ComparisonSettings }) {
  const { t } = useTranslation();
  const id = useId();
  const updateComparison = usePlanner((s) => s.updateComparison);
  const [base, setBase] = useState<CurrencyCode>('USD');
  const [quote, setQuote] = useState<CurrencyCode>('EUR');
  const [text, setText] = useState('');
  const [messageKey, setMessageKey] = useState<string | null>(null);
  const add = () => {
    const parsed = parseRateInput(text);
    if (!parsed.ok) return setMessageKey(parsed.messageKey);
    const rate = { base, quote, rateMicros: parsed.value };
    const checked = validateComparisonEdit(settings, ['fx', 'rates', settings.fx.rates.length], rate);
    if (!checked.ok) return setMessageKey(checked.messageKey);
    setMessageKey(null);
    setText('');
    updateComparison((current) => ({ ...current, fx: { ...current.fx, rates: [...current.fx.rates, rate] } }));
  };
  const pick = (value: string, setter: (code: CurrencyCode) => void) => isCurrencyCode(value) && setter(value);
  return (
    <div className="offers-add-rate no-print">
      <span>1</span>
      <select name="new-rate.base" aria-label={t('offers.ui.rateBase')} value={base} onChange={(event) => pick(event.target.value, setBase)}>
        {CURRENCY_CODES.map((code) => (
          <option key={code}>{code}</option>
        ))}
      </select>
      <span>=</span>
      <div className={`field${messageKey ? ' field--invalid' : ''}`}>
        <input id={id} name="new-rate.rate" aria-label={t('offers.ui.rate')} inputMode="decimal" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <select name="new-rate.quote" aria-label={t('offers.ui.rateQuote')} value={quote} onChange={(event) => pick(event.target.value, setQuote)}>
        {CURRENCY_CODES.map((code) => (
          <option key={code}>{code}</option>
        ))}
      </select>
      <button type="button" name="add-rate" onClick={add}>
        {t('offers.ui.addRate')}
      </button>
      {messageKey ? (
        <div className="field__error" role="alert" data-field-error="new-rate.rate">
          {t(messageKey)}
        </div>
      ) : null}
    </div>
  );
}

/** One editable rate with its remove button. */
function RateField({ settings, index }: { settings: ComparisonSettings; index: number }) {
  const { t } = useTranslation();
  const updateComparison = usePlanner((s) => s.updateComparison);
  const rate = settings.fx.rates[index];
  if (!rate) return null;
  return (
    <div className="offers-rate">
      <ComparisonField<number>
        settings={settings}
        path={['fx', 'rates', index, 'rateMicros']}
        name={`fx.${rate.base}.${rate.quote}`}
        label={`1 ${rate.base} = … ${rate.quote}`}
        inputMode="decimal"
        format={formatRateInput}
        parse={parseRateInput}
        commitDelayMs={RATE_COMMIT_DELAY_MS}
      />
      <button
        type="button"
        className="link-button"
        aria-label={t('offers.ui.removeRate', { pair: `${rate.base}/${rate.quote}` })}
        onClick={() => updateComparison((current) => ({ ...current, fx: { ...current.fx, rates: current.fx.rates.filter((item) => item !== current.fx.rates[index]) } }))}
      >
        ×
      </button>
    </div>
  );
}

/** A rate is saved when the person pauses (or leaves the field), not on every keystroke of "7.1234". */
const RATE_COMMIT_DELAY_MS = 300;

/**
 * The exchange-rate table, with its as-of date, editable in place: the rates the compared offers use first,
 * every other rate behind one "All rates" control.
 */
export function FxRatesCard({ settings, comparison }: { settings: ComparisonSettings; comparison: OfferComparison }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { fx } = settings;
  const isExample = fx.asOf === EXAMPLE_FX_RATES.asOf;
  const used = new Set<CurrencyCode>([comparison.homeCurrency, ...comparison.entries.map((entry) => entry.offer.currency)]);
  for (const entry of settings.costOfLiving) used.add(entry.currency);
  const isUsed = (rate: ComparisonSettings['fx']['rates'][number]) => used.has(rate.base) && used.has(rate.quote);
  const usedRates = fx.rates.filter(isUsed);
  const otherCount = fx.rates.length - usedRates.length;
  const missing = comparison.entries.filter((entry) => !entry.home.ok).map((entry) => `${entry.offer.currency} → ${comparison.homeCurrency}`);
  return (
    <section className="card" aria-labelledby="fx-title" data-testid="fx-card">
      <h2 id="fx-title">{t('offers.ui.fxTitle')}</h2>
      <p className={isExample ? 'offers-note offers-note--warn' : 'offers-note'} data-testid="fx-as-of">
        {isExample ? t('offers.ui.fxExample', { date: dates.date(fx.asOf) }) : t('offers.ui.fxAsOf', { date: dates.date(fx.asOf) })}
      </p>
      {usedRates.length > 0 ? (
        <p className="offers-used-rates">
          {t('offers.ui.fxUsed')}{' '}
          {usedRates.map((rate) => `1 ${rate.base} = ${formatRateInput(rate.rateMicros)} ${rate.quote}`).join(' · ')}
        </p>
      ) : null}
      {[...new Set(missing)].map((pair) => (
        <p key={pair} className="offers-warning" role="alert">
          ⚠ {t('offers.ui.fxMissing', { pair })}
        </p>
      ))}
      <div className="no-print">
        <div className="form-grid offers-narrow-grid">
          <ComparisonField<string> settings={settings} path={['fx', 'asOf']} label={t('offers.ui.fxAsOfLabel')} isDate format={identity} parse={(text) => (isoDateSchema.safeParse(text.trim()).success ? { ok: true, value: text.trim() } : { ok: false, messageKey: 'offers.validation.invalidDate' })} />
        </div>
        <div className="offers-rates" data-testid="fx-used-rates">
          {fx.rates.map((rate, index) => (isUsed(rate) ? <RateField key={`${rate.base}-${rate.quote}`} settings={settings} index={index} /> : null))}
        </div>
        {otherCount > 0 ? (
          <details className="decision-all-rates" data-testid="fx-all-rates">
            <summary>{t('decision.rates.all', { count: otherCount })}</summary>
            <div className="offers-rates">
              {fx.rates.map((rate, index) => (isUsed(rate) ? null : <RateField key={`${rate.base}-${rate.quote}`} settings={settings} index={index} />))}
            </div>
          </details>
        ) : null}
        <AddRateForm settings={settings} />
      </div>
    </section>
  );
}
