import type { TFunction } from 'i18next';
import { textIn, type Locale } from '../../../shared/checklists/localized-text';
import { levelLabel } from '../../features/language/goal-label';
import type { ChangeDescription } from '../../store/history/describe-change';
import { formatIsoDate } from './format-date';

/** "deleted offer Shanghai Tech", "deleted goal HSK 4 and its 12 study log entries", in the person's language. */
export function changeText(t: TFunction, change: ChangeDescription, locale: Locale): string {
  switch (change.kind) {
    case 'offerAdded':
    case 'offerDeleted':
    case 'offerEdited':
    case 'taxEdited':
      return t(`history.change.${change.kind}`, { name: change.name });
    case 'checklistAdded':
    case 'checklistDeleted':
    case 'checklistEdited':
    case 'itemAdded':
    case 'itemDeleted':
      return t(`history.change.${change.kind}`, { title: textIn(change.title, locale) });
    case 'attachmentDeleted':
      return t('history.change.attachmentDeleted', { name: change.fileName });
    case 'goalAdded':
    case 'goalEdited':
      return t(`history.change.${change.kind}`, { goal: levelLabel(t, change.goal) });
    case 'goalDeleted':
      return change.logCount > 0
        ? t('history.change.goalDeletedWithLog', { goal: levelLabel(t, change.goal), count: change.logCount })
        : t('history.change.goalDeleted', { goal: levelLabel(t, change.goal) });
    case 'logEntryAdded':
    case 'logEntryDeleted':
    case 'logEntryEdited':
      return t(`history.change.${change.kind}`, { date: formatIsoDate(change.date, locale) });
    default:
      return t(`history.change.${change.kind}`);
  }
}
