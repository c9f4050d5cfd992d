import { useTranslation } from 'react-i18next';
import type { RestRule } from '../../../shared/language/schema';

/**
 * A goal's rest days, as the value under its "Rest days" label (on screen and in the print plan). The label is
 * not repeated ("Rest days: Rest days per week: 1" read twice, note 0029), and weekdays are listed with the
 * language's own separator (、 in Chinese, not an English comma).
 */
export function RestText({ rest }: { rest: RestRule }) {
  const { t } = useTranslation();
  if (rest.kind === 'per-week') return <>{t('language.ui.rest.valuePerWeek', { count: rest.daysPerWeek })}</>;
  if (rest.weekdays.length === 0) return <>{t('language.ui.rest.none')}</>;
  return <>{rest.weekdays.map((day) => t(`language.weekday.${day}`)).join(t('text.listSeparator'))}</>;
}
