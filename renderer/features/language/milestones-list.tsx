import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareIso, daysBetween } from '../../../shared/dates/iso-date';
import type { LanguageMilestone } from '../../../shared/language/milestones';
import { useDates } from '../../i18n/use-dates';

/** Exam logistics in date order, with how far away each is and which ones a rule derived. */
export const MilestonesList = memo(function MilestonesList({ milestones, today }: { milestones: readonly LanguageMilestone[]; today: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (milestones.length === 0) return <p className="muted">{t('language.ui.milestones.none')}</p>;
  return (
    <table className="language-table" data-testid="milestones">
      <tbody>
        {milestones.map((milestone) => {
          const days = daysBetween(today, milestone.date);
          const isPast = compareIso(milestone.date, today) < 0;
          return (
            <tr key={milestone.id} data-kind={milestone.kind} className={isPast ? 'language-row--past' : undefined}>
              <td className="language-date">{dates.date(milestone.date)}</td>
              <td>
                {t(milestone.labelKey)}
                {milestone.isDerived ? <div className="muted small">{t('language.milestone.derived')}</div> : null}
              </td>
              <td className="num muted">
                {days === 0 ? t('language.ui.milestones.today') : isPast ? t('language.ui.milestones.ago', { count: -days }) : t('language.ui.milestones.in', { count: days })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
