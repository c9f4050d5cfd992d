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

/** The exchange-rate table the comparison uses, with its as-of date, editable in place. */
export function FxRatesCard({ settings, comparison }: { settings: ComparisonSettings; comparison: OfferComparison }) {
  const { t } = useTranslation();
  const updateComparison = usePlanner((s) => s.updateComparison);
  const { fx } = settings;
  const isExample = fx.asOf === EXAMPLE_FX_RATES.asOf;
  const used = new Set<CurrencyCode>([comparison.homeCurrency, ...comparison.entries.map((entry) => entry.offer.currency)]);
  const usedRates = fx.rates.filter((rate) => used.has(rate.base) && used.has(rate.quote));
  const missing = comparison.entries.filter((entry) => !entry.home.ok).map((entry) => `${entry.offer.currency} → ${comparison.homeCurrency}`);
  return (
    <section className="card" aria-labelledby="fx-title" data-testid="fx-card">
      <h2 id="fx-title">{t('offers.ui.fxTitle')}</h2>
      <p className={isExample ? 'offers-note offers-note--warn' : 'offers-note'} data-testid="fx-as-of">
        {isExample ? t('offers.ui.fxExample', { date: fx.asOf }) : t('offers.ui.fxAsOf', { date: fx.asOf })}
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
          <ComparisonField<string> settings={settings} path={['fx', 'asOf']} label={t('offers.ui.fxAsOfLabel')} placeholder={t('field.dateHint')} format={identity} parse={(text) => (isoDateSchema.safeParse(text.trim()).success ? { ok: true, value: text.trim() } : { ok: false, messageKey: 'offers.validation.invalidDate' })} />
        </div>
        <div className="offers-rates">
          {fx.rates.map((rate, index) => (
            <div className={`offers-rate${used.has(rate.base) && used.has(rate.quote) ? ' offers-rate--used' : ''}`} key={`${rate.base}-${rate.quote}`}>
              <ComparisonField<number>
                settings={settings}
                path={['fx', 'rates', index, 'rateMicros']}
                name={`fx.${rate.base}.${rate.quote}`}
                label={`1 ${rate.base} = … ${rate.quote}`}
                inputMode="decimal"
                format={formatRateInput}
                parse={parseRateInput}
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
          ))}
        </div>
        <AddRateForm settings={settings} />
      </div>
    </section>
  );
}
