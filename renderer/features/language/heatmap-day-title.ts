import type { TFunction } from 'i18next';
import { formatDate } from '../../../shared/dates/format-date';
import type { DayKind } from '../../../shared/language/day-status';
import { formatNumber } from './format';

export type DayTitle = (date: string, minutes: number, kind: DayKind) => string;

/**
 * The hover text of a heatmap day ("Mar 3, 2027 · 40 min · Study"). A calendar of three years is a thousand
 * days, and three translations per day were most of the heatmap's render (note 0019): the minutes and kind
 * texts repeat, so each is translated once per writer (one writer per language).
 */
export function dayTitleWriter(t: TFunction, locale: string): DayTitle {
  const minutesTexts = new Map<number, string>();
  const kindTexts = new Map<DayKind, string>();
  return (date, minutes, kind) => {
    let minutesText = minutesTexts.get(minutes);
    if (minutesText === undefined) {
      minutesText = t('language.ui.heatmap.minutes', { minutes: formatNumber(minutes, locale) });
      minutesTexts.set(minutes, minutesText);
    }
    let kindText = kindTexts.get(kind);
    if (kindText === undefined) {
      kindText = t(`language.day.${kind}`);
      kindTexts.set(kind, kindText);
    }
    return `${formatDate(date, locale)} · ${minutesText} · ${kindText}`;
  };
}
