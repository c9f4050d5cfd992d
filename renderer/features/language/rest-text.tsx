import { useTranslation } from 'react-i18next';
import type { RestRule } from '../../../shared/language/schema';

export function RestText({ rest }: { rest: RestRule }) {
  const { t } = useTranslation();
  if (rest.kind === 'per-week') return <>{t('language.rest.per-week', { count: rest.daysPerWeek })}</>;
  if (rest.weekdays.length === 0) return <>{t('language.ui.rest.none')}</>;
  return (
    <>
      {t('language.rest.weekdays')}: {rest.weekdays.map((day) => t(`language.weekday.${day}`)).join(', ')}
    </>
  );
}
