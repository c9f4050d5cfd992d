import { useTranslation } from 'react-i18next';
import { validityMessageKey } from '../../../shared/checklists/message-keys';
import { isValidityProblem, type ValidityCheck } from '../../../shared/checklists/validity';
import { useDates } from '../../i18n/use-dates';

/** What the validity window says about this document, or nothing when it has none. */
export function ValidityMessage({ check }: { check: ValidityCheck }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (check.kind === 'not-applicable') return null;
  const params = check.kind === 'expires-too-early' ? { ...check, count: check.daysShort } : check.kind === 'needed-date-unknown' ? {} : { ...check };
  const tone = isValidityProblem(check) ? 'problem' : check.kind === 'ok' ? 'ok' : 'prompt';
  return (
    <div className={`validity validity--${tone}`} data-validity={check.kind} role={tone === 'problem' ? 'alert' : undefined}>
      {t(validityMessageKey(check.kind), dates.params(params))}
    </div>
  );
}
