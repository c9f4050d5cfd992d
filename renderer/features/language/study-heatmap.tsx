import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayKind } from '../../../shared/language/day-status';
import type { Heatmap } from '../../../shared/language/heatmap';
import { monthLabels } from '../../../shared/language/heatmap-range';
import { parseIsoDate } from '../../../shared/dates/iso-date';
import { formatMonthName } from '../../../shared/dates/format-date';
import type { Streaks } from '../../../shared/language/streaks';
import { formatNumber } from './format';
import { useDates } from '../../i18n/use-dates';
import { WithUnbrokenPieces } from '../../components/unbroken';
import { dayTitleWriter, type DayTitle } from './heatmap-day-title';

const WEEKDAY_ROWS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The current and longest streak; planned rest days neither add to them nor break them. */
export const StreakSummary = memo(function StreakSummary({ streaks }: { streaks: Streaks }) {
  const dates = useDates();
  const { t, i18n } = useTranslation();
  return (
    <div className="language-metrics">
      <div className="language-metric">
        <div className="language-metric__label">{t('language.streak.current')}</div>
        <div className="language-metric__value" data-testid="streak-current">
          {formatNumber(streaks.current, i18n.language)}
        </div>
        <div className="language-metric__hint">
          {streaks.currentStart ? <WithUnbrokenPieces text={t('language.ui.streak.since', { date: dates.date(streaks.currentStart) })} pieces={[dates.date(streaks.currentStart)]} /> : t('language.ui.streak.none')}
          {streaks.current > 0 && !streaks.hasStudiedToday ? ` · ${t('language.ui.streak.notToday')}` : ''}
        </div>
      </div>
      <div className="language-metric">
        <div className="language-metric__label">{t('language.streak.longest')}</div>
        <div className="language-metric__value" data-testid="streak-longest">
          {formatNumber(streaks.longest, i18n.language)}
        </div>
        <div className="language-metric__hint">
          {streaks.longestStart && streaks.longestEnd ? (
            <WithUnbrokenPieces text={t('language.ui.streak.range', { from: dates.date(streaks.longestStart), to: dates.date(streaks.longestEnd) })} pieces={[dates.date(streaks.longestStart), dates.date(streaks.longestEnd)]} />
          ) : (
            ''
          )}
        </div>
      </div>
    </div>
  );
});

/**
 * A calendar of minutes studied: one column per week (Monday at the top), darker for more minutes, planned
 * rest days outlined, missed days marked. A CSS grid rather than a chart library: it is a table of squares.
 */
export const StudyHeatmap = memo(function StudyHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const { t, i18n } = useTranslation();
  const title = useMemo(() => dayTitleWriter(t, i18n.language), [t, i18n.language]);
  const weeks = Math.ceil(heatmap.days.length / 7);
  const months = monthLabels(heatmap.days);
  const number = (value: number) => formatNumber(value, i18n.language);
  const range = { from: heatmap.days[0]?.date ?? '', to: heatmap.days[heatmap.days.length - 1]?.date ?? '' };
  // One image with its text summary for a screen reader (the squares themselves are presentation only).
  const summary =
    heatmap.studyDays === 0
      ? t('a11y.heatmapEmpty', range)
      : t('a11y.heatmap', {
          ...range,
          studyDays: number(heatmap.studyDays),
          minutes: number(heatmap.totalMinutes),
          missed: number(heatmap.missedDays),
          rest: number(heatmap.restDays),
          max: number(heatmap.maxMinutes),
        });
  return (
    <div className="language-heatmap-wrap">
      <div className="language-heatmap" style={{ gridTemplateColumns: `auto repeat(${weeks}, 14px)` }} role="img" aria-label={summary} data-testid="heatmap">
        {months.map((month) => (
          <div key={`month-${month.date}`} className="language-heatmap__month" style={{ gridRow: 1, gridColumn: month.column + 2 }} data-month={month.date.slice(0, 7)}>
            {formatMonthName(parseIsoDate(month.date)!, i18n.language)}
          </div>
        ))}
        {WEEKDAY_ROWS.map((weekday) => (
          <div key={`label-${weekday}`} className="language-heatmap__label" style={{ gridRow: weekday + 1, gridColumn: 1 }}>
            {weekday % 2 === 1 ? t(`language.ui.weekdayShort.${weekday}`) : ''}
          </div>
        ))}
        {heatmap.days.map((day, index) => (
          <HeatmapDayCell key={day.date} index={index} date={day.date} minutes={day.minutes} kind={day.kind} level={day.level} isPlannedRest={day.isPlannedRest} title={title} />
        ))}
      </div>
      <div className="language-heatmap__legend" aria-hidden="true">
        <span>{t('language.ui.heatmap.less')}</span>
        {[0, ...heatmap.thresholds.map((_, index) => index + 1)].map((level) => (
          <span key={level} className={`language-heatmap__day language-heatmap__day--study language-heatmap__day--l${level}`} />
        ))}
        <span>{t('language.ui.heatmap.more')}</span>
        <span className="language-heatmap__day language-heatmap__day--rest" /> <span>{t('language.day.rest')}</span>
        <span className="language-heatmap__day language-heatmap__day--missed" /> <span>{t('language.day.missed')}</span>
      </div>
      <p className="muted small">
        {t('language.ui.heatmap.summary', {
          minutes: formatNumber(heatmap.totalMinutes, i18n.language),
          days: formatNumber(heatmap.studyDays, i18n.language),
        })}
      </p>
    </div>
  );
});

interface HeatmapDayCellProps {
  index: number;
  date: string;
  minutes: number;
  kind: DayKind;
  level: number;
  isPlannedRest: boolean;
  title: DayTitle;
}

/**
 * One day's square. Plain values for props, so after a log entry only the day it changed draws again (a
 * thousand squares otherwise redraw, and re-translate their hover text, for every entry).
 */
const HeatmapDayCell = memo(function HeatmapDayCell({ index, date, minutes, kind, level, isPlannedRest, title }: HeatmapDayCellProps) {
  return (
    <div
      className={`language-heatmap__day language-heatmap__day--${kind} language-heatmap__day--l${level}${isPlannedRest ? ' language-heatmap__day--planned-rest' : ''}`}
      style={{ gridRow: (index % 7) + 2, gridColumn: Math.floor(index / 7) + 2 }}
      data-date={date}
      data-minutes={minutes}
      data-kind={kind}
      title={title(date, minutes, kind)}
    />
  );
});
