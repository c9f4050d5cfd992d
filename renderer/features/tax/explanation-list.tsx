import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/money';
import type { ExplanationStep, ExplanationValue } from '../../../shared/tax/explanation';
import { formatBp, useTaxMoney } from './format';

/** Option names in explanation values are looked up as labels; which label family depends on the step. */
function optionLabelKey(stepKey: string, name: string, value: string): string | null {
  if (name === 'basis') return `tax.label.ruleBasis.${value}`;
  if (name === 'share') return `tax.label.share.${value}`;
  if (name === 'cityTier') return `tax.label.cityTier.${value}`;
  if (name === 'chosen' || name === 'suggested') {
    return stepKey === 'tax.explain.bonusChoice' ? `tax.label.bonusTreatment.${value}` : `tax.label.allowanceTreatment.${value}`;
  }
  return null;
}

/** Text of one explanation step, its values formatted by name (…Minor money, …Bp percent, option names as labels). */
export function useStepText(currency: CurrencyCode): (s: ExplanationStep) => string {
  const { t } = useTranslation();
  const money = useTaxMoney();
  const format = (stepKey: string, name: string, value: ExplanationValue): string => {
    if (value === null) return '—';
    if (typeof value === 'boolean') return value ? t('tax.ui.yes') : t('tax.ui.no');
    if (typeof value === 'number' && name.endsWith('Minor')) return money(value, currency);
    if (typeof value === 'number' && name.endsWith('Bp')) return formatBp(value);
    if (typeof value === 'string') {
      const key = optionLabelKey(stepKey, name, value);
      if (key) return t(key);
    }
    return String(value);
  };
  return (s) => {
    const values = Object.fromEntries(Object.entries(s.values).map(([name, value]) => [name, format(s.labelKey, name, value)]));
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
