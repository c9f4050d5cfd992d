import type { TFunction } from 'i18next';
import type { BackupInfo } from '../../../shared/contract/backups';
import { formatMoment } from '../../app/history/format-date';

/** "3 offers · 2 checklists · 1 language goal · 40 study days". */
export function summaryText(t: TFunction, summary: BackupInfo['summary']): string {
  return t('backups.summary', {
    offers: t('backups.offers', { count: summary.offers }),
    checklists: t('backups.checklists', { count: summary.checklists }),
    goals: t('backups.goals', { count: summary.goals }),
    studyDays: t('backups.studyDays', { count: summary.studyDays }),
  });
}

export function backupDate(backup: BackupInfo, locale: string): string {
  return formatMoment(backup.takenAt, locale);
}
