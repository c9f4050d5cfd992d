import { useTranslation } from 'react-i18next';
import type { TaxResidenceAnswer } from '../../../shared/residency/tax-residence';

/** In the tax panel: the trip log's answer on China residence, which the China model then follows. */
export function ResidenceFromLog({ answer }: { answer: TaxResidenceAnswer }) {
  const { t, i18n } = useTranslation();
  const key = answer.basis === 'domicile' ? 'residency.tax.fromLog.domicile' : answer.isResident ? 'residency.tax.fromLog.resident' : 'residency.tax.fromLog.nonResident';
  return (
    <div className="banner tax-residence-from-log" data-testid="tax-residence-from-log" data-resident={answer.isResident} data-year={answer.year} role="status">
      <p>
        <strong>{t(key, { year: answer.year, days: answer.fullDays.toLocaleString(i18n.language) })}</strong>
      </p>
      <p className="muted small">{t('residency.tax.fromLog.hint')}</p>
    </div>
  );
}
