import { useCallback, useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { relativeDueMessage } from '../../../shared/checklists/deadline-text';
import { textIn, type Locale } from '../../../shared/checklists/localized-text';
import { anchorLabelKey } from '../../../shared/checklists/message-keys';
import type { Due } from '../../../shared/checklists/schema';
import { todayIso, type IsoDate } from '../../../shared/dates/iso-date';
import { formatDate, formatDateParams } from '../../../shared/dates/format-date';
import { goalLanguageName } from '../language/goal-label';
import { daysFromToday, entryState } from '../../../shared/timeline/entry-state';
import { planTimeline, type TimelineEntry, type TimelineLabel, type TimelineMemo } from '../../../shared/timeline/plan-timeline';
import { usePlanner } from '../../store';
import { interfaceLanguageOf } from '../../i18n/interface-language';

/** The renderer's documents are never changed in place, so the timeline may keep the checklists' entries (issue 16). */
export const timelineMemo: TimelineMemo = {};

/** Every dated entry of the plan, recomputed only when the document changes (the checklists' part only when they do). */
export function useTimelineEntries(): TimelineEntry[] {
  const document = usePlanner((s) => s.document!);
  return useMemo(() => planTimeline(document, timelineMemo), [document]);
}

/** Today's date, read on each render so a screen left open past midnight counts from the new day. */
export function useToday(): IsoDate {
  return todayIso();
}

export interface EntryText {
  locale: Locale;
  label(value: TimelineLabel | null): string;
  /** A date as the interface language writes it (en: Mar 5, 2027; zh-CN: 2027年3月5日). */
  date(date: IsoDate): string;
  /** "in 3 days", "2 days overdue", "As soon as possible", "Today". */
  when(entry: TimelineEntry, today: IsoDate): string;
  /** The deadline rule in words ("45 days before visa appointment"); null for fixed dates. */
  rule(due: Due | null): string | null;
}

function goalParams(t: TFunction, locale: Locale, values: Readonly<Record<string, string>>): Record<string, string> {
  return { ...values, language: goalLanguageName(t, locale, values.language ?? ''), level: values.levelKey ? t(values.levelKey) : (values.level ?? '') };
}

export function useEntryText(): EntryText {
  const { t, i18n } = useTranslation();
  const locale: Locale = interfaceLanguageOf(i18n.language);
  // A goal's language is a stored code (or an old plan's name): its name follows the interface language, as
  // does its level's name ("HSK 4" / "HSK 四级").
  const label = useCallback(
    (value: TimelineLabel | null) =>
      value === null ? '' : 'text' in value ? textIn(value.text, locale) : t(value.key, formatDateParams(value.key === 'timeline.languageGoal' ? goalParams(t, locale, value.values ?? {}) : (value.values ?? {}), locale)),
    [t, locale],
  );
  const date = useCallback((iso: IsoDate) => formatDate(iso, locale), [locale]);
  const rule = useCallback(
    (due: Due | null) => {
      if (!due || due.kind !== 'relative') return null;
      const message = relativeDueMessage(due, t(anchorLabelKey(due.anchor)));
      return message ? t(message.key, message.params) : null;
    },
    [t],
  );
  const when = useCallback(
    (entry: TimelineEntry, today: IsoDate) => {
      const days = daysFromToday(entry, today);
      switch (entryState(entry, today)) {
        case 'asap':
          return t('plan.state.asap');
        case 'overdue':
          return t('plan.state.overdue', { count: -days });
        case 'past':
          return t('plan.state.past', { count: -days });
        case 'today':
          return t('plan.state.today');
        case 'upcoming':
          return days === 1 ? t('plan.state.tomorrow') : t('plan.state.upcoming', { count: days });
      }
    },
    [t],
  );
  return useMemo(() => ({ locale, label, date, when, rule }), [locale, label, date, when, rule]);
}

/** The entry's title with its context: "Valid until · Passport", "Police registration · China Z visa". */
export function entryTitle(text: EntryText, entry: TimelineEntry): { what: string; context: string } {
  return { what: text.label(entry.what), context: text.label(entry.context) };
}
