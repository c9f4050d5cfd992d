import { useTranslation } from 'react-i18next';
import { isCurrencyCode, type CurrencyCode } from '../../../shared/money';
import { formatDateValue } from '../../../shared/dates/format-date';
import type { ExplanationStep, ExplanationValue } from '../../../shared/tax/explanation';
import { formatBp, useTaxMoney } from './format';

/** Option names in explanation values are looked up as labels; which label family depends on the step. */
function optionLabelKey(stepKey: string, name: string, value: string): string | null {
  if (name === 'basis') return `tax.label.ruleBasis.${value}`;
  if (name === 'share') return `tax.label.share.${value}`;
  if (name === 'cityTier') return `tax.label.cityTier.${value}`;
  if (name === 'rule') return `tax.label.rule.${value}`;
  if (name === 'filingStatus') return `tax.label.filingStatus.${value}`;
  if (name === 'reason') return `tax.label.usReason.${value}`;
  if (name === 'residency') return `tax.label.sgResidency.${value}`;
  if (name === 'status') return `tax.label.usPerson.${value}`;
  if (name === 'named') {
    if (value === '') return 'tax.ui.us.stateNotChosen';
    return /^[A-Z]{2}$/.test(value) ? `tax.ui.usState.${value}` : `tax.label.filingStatus.${value}`;
  }
  if (name === 'state' && /^[A-Z]{2}$/.test(value)) return `tax.ui.usState.${value}`;
  if (name === 'chosen' || name === 'suggested') {
    if (stepKey === 'tax.explain.bonusChoice') return `tax.label.bonusTreatment.${value}`;
    if (stepKey === 'tax.explain.us.deduction') return `tax.label.deduction.${value}`;
    if (stepKey === 'tax.explain.hk.lower') return `tax.label.hkChoice.${value}`;
    if (stepKey === 'tax.explain.usAbroad.choice') return `tax.label.usRoute.${value}`;
    return `tax.label.allowanceTreatment.${value}`;
  }
  return null;
}

/** Text of one explanation step, its values formatted by name (…Minor money, …Bp percent, option names as labels). */
export function useStepText(currency: CurrencyCode): (s: ExplanationStep) => string {
  const { t, i18n } = useTranslation();
  const money = useTaxMoney();
  const format = (stepKey: string, name: string, value: ExplanationValue, stepCurrency: CurrencyCode | null): string => {
    if (value === null) return '—';
    if (typeof value === 'boolean') return value ? t('tax.ui.yes') : t('tax.ui.no');
    if (typeof value === 'number' && name.endsWith('Minor')) return money(value, stepCurrency ?? currency);
    if (typeof value === 'number' && name.endsWith('Bp')) return formatBp(value);
    if (typeof value === 'string') {
      const key = optionLabelKey(stepKey, name, value);
      if (key) return t(key);
    }
    return String(formatDateValue(value, i18n.language));
  };
  return (s) => {
    // A step may carry its own currency (the US return of a job abroad is in USD inside a CNY computation).
    const stepCurrency = typeof s.values.currency === 'string' && isCurrencyCode(s.values.currency) ? s.values.currency : null;
    const values = Object.fromEntries(Object.entries(s.values).map(([name, value]) => [name, format(s.labelKey, name, value, stepCurrency)]));
    return t(s.labelKey, values);
  };
}

/** The engine's "how was this computed" steps, one line each. */
export function ExplanationList({ steps, currency }: { steps: readonly ExplanationStep[]; currency: CurrencyCode }) {
  const { t } = useTranslation();
  const text = useStepText(currency);
  return (
    <ol className="tax-explanation" data-testid="tax-explanation">
      {steps.map((s, index) => {
        const isCapped = s.values.isCapped === true;
        return (
          <li key={index} data-step={s.labelKey}>
            {text(s)}
            {isCapped ? <span className="muted"> {t('tax.ui.capped')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
