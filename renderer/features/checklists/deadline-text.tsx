import { useTranslation } from 'react-i18next';
import { daysLeftMessage } from '../../../shared/checklists/deadline-text';
import type { DeadlineAssessment } from '../../../shared/checklists/due-dates';
import { missingAnchorMessageKey } from '../../../shared/checklists/due-dates';
import { isOpenStatus } from '../../../shared/checklists/checklist-values';
import type { ItemStatus } from '../../../shared/checklists/schema';
import { useDates } from '../../i18n/use-dates';

interface DeadlineTextProps {
  deadline: DeadlineAssessment;
  status: ItemStatus;
}

/**
 * The due date with its days left, or the missing anchor named plainly: a deadline that cannot be
 * computed says which date to set instead of showing a wrong one.
 */
export function DeadlineText({ deadline, status }: DeadlineTextProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const { resolution } = deadline;
  if (resolution.kind === 'none') return <span className="deadline deadline--none muted">{t('checklists.due.none')}</span>;
  if (resolution.kind === 'missing-anchor') {
    return (
      <span className="deadline deadline--missing" data-missing-anchor={resolution.anchor}>
        {t(missingAnchorMessageKey(resolution.anchor))}
      </span>
    );
  }
  const left = deadline.daysLeft ?? 0;
  // Already past when the list was made or its date was set: "as soon as possible", not a count of days overdue.
  const message = deadline.urgency === 'asap' ? { key: 'checklists.daysLeft.asap', params: {} } : daysLeftMessage(left);
  return (
    <span className={`deadline deadline--${deadline.urgency}`}>
      <span className="deadline__date" data-due-date={resolution.date}>
        {dates.date(resolution.date)}
      </span>
      {isOpenStatus(status) ? (
        <span className="deadline__left" data-days-left={left} title={deadline.urgency === 'asap' ? t('plan.asap.explained') : undefined}>
          {t(message.key, message.params)}
        </span>
      ) : null}
    </span>
  );
}
