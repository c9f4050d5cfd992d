import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pacing } from '../../../shared/language/pacing';
import { formatHours, formatNumber } from './format';
import { useDates } from '../../i18n/use-dates';
import { WithUnbrokenPieces } from '../../components/unbroken';

interface PacingPanelProps {
  pace: Pacing;
  targetDate: string;
}

/** The status line: how far ahead or behind, or why there is no projection. */
export function PacingStatusText({ pace, isPlain }: { pace: Pacing; isPlain?: boolean }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  let detail: string | null = null;
  if (pace.status === 'ahead' && pace.marginDays !== null && pace.marginWords !== null) {
    detail = t('language.status.ahead.detail', { days: n(pace.marginDays), words: n(pace.marginWords) });
  } else if (pace.status === 'on-track' && pace.marginDays !== null) {
    detail = t('language.status.on-track.detail', { days: n(pace.marginDays) });
  } else if (pace.status === 'behind' && pace.marginDays !== null && pace.marginWords !== null) {
    detail = t('language.status.behind.detail', { days: n(-pace.marginDays), words: n(Math.max(0, -pace.marginWords)) });
  } else if (pace.status === 'met') {
    detail = t('language.ui.pacing.metDetail', { known: n(pace.knownWordsEstimate), target: n(pace.targetWords ?? 0) });
  } else if (pace.status === 'out-of-time') {
    detail = t('language.ui.pacing.outOfTimeDetail', { words: n(pace.wordsStillNeeded) });
  }
  if (isPlain) return <>{detail ? `${t(`language.status.${pace.status}`)}: ${detail}` : t(`language.status.${pace.status}`)}</>;
  return (
    <div className={`language-status language-status--${pace.status}`} data-testid="pacing-status" data-status={pace.status}>
      <strong>{t(`language.status.${pace.status}`)}</strong>
      {detail ? <span data-testid="pacing-status-detail"> · {detail}</span> : null}
    </div>
  );
}

function Metric({ label, value, testId, hint }: { label: string; value: string; testId: string; hint?: ReactNode }) {
  return (
    <div className="language-metric">
      <div className="language-metric__label">{label}</div>
      <div className="language-metric__value" data-testid={testId}>
        {value}
      </div>
      {hint ? <div className="language-metric__hint">{hint}</div> : null}
    </div>
  );
}

/** "based on your log from <date> to <date>": each date one unit, so the line breaks only between them (at 1000 px in Chinese it broke inside one). */
function PaceWindow({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  return <WithUnbrokenPieces text={t('language.ui.pacing.paceWindow', { from, to })} pieces={[from, to]} />;
}

/**
 * Words and hours per week needed from today to the target date, the projection at the current pace and
 * the verdict. Every figure comes from shared pacing(); this only rounds for display.
 */
export const PacingPanel = memo(function PacingPanel({ pace, targetDate }: PacingPanelProps) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const n = (value: number) => formatNumber(value, i18n.language);
  const dash = '–';
  const isOpen = pace.status !== 'met' && pace.status !== 'out-of-time' && pace.status !== 'no-target';
  return (
    <section className="card" aria-labelledby="pacing-title" data-testid="pacing-panel">
      <h2 id="pacing-title">{t('language.ui.pacing.title')}</h2>
      <PacingStatusText pace={pace} />
      <div className="language-metrics">
        <Metric
          label={t('language.pacing.weeklyQuota')}
          testId="pacing-weekly-quota"
          value={pace.weeklyWordQuota === null ? dash : n(pace.weeklyWordQuota)}
          hint={pace.wordsPerStudyDayNeeded !== null && isOpen ? t('language.ui.pacing.perStudyDay', { words: formatNumber(pace.wordsPerStudyDayNeeded, i18n.language, 1) }) : undefined}
        />
        <Metric
          label={t('language.pacing.hoursPerWeekNeeded')}
          testId="pacing-hours-needed"
          value={pace.hoursPerWeekNeeded === null ? dash : formatHours(pace.hoursPerWeekNeeded, i18n.language)}
          hint={t('language.ui.pacing.hoursAvailable', { hours: formatHours(pace.hoursPerWeekAvailable, i18n.language) })}
        />
        <Metric
          label={t('language.pacing.projectedDate')}
          testId="pacing-projected-date"
          value={pace.projectedDate ? dates.date(pace.projectedDate) : dash}
          hint={<WithUnbrokenPieces text={t('language.ui.pacing.targetDate', { date: dates.date(targetDate) })} pieces={[dates.date(targetDate)]} />}
        />
        <Metric
          label={t('language.pacing.currentPace')}
          testId="pacing-current-pace"
          value={pace.currentPace ? formatNumber(pace.currentPace.wordsPerWeek, i18n.language, 1) : dash}
          hint={pace.currentPace ? <PaceWindow from={dates.date(pace.currentPace.from)} to={dates.date(pace.currentPace.to)} /> : undefined}
        />
        <Metric label={t('language.pacing.wordsStillNeeded')} testId="pacing-words-needed" value={n(pace.wordsStillNeeded)} />
        <Metric
          label={t('language.pacing.knownWordsEstimate')}
          testId="pacing-known-words"
          value={n(pace.knownWordsEstimate)}
          hint={pace.targetWords !== null ? t('language.ui.pacing.ofTarget', { target: n(pace.targetWords) }) : undefined}
        />
        <Metric label={t('language.pacing.weeksLeft')} testId="pacing-weeks-left" value={formatNumber(pace.weeksLeft, i18n.language, 1)} hint={t('language.ui.pacing.daysLeft', { days: n(pace.daysLeft) })} />
      </div>
      {isOpen ? <p className="muted small">{t(`language.pacing.basis.${pace.minutesPerWordBasis}`)}</p> : null}
      {pace.isHoursEnough === false && isOpen ? (
        <p className="banner banner--warn" data-testid="pacing-hours-warning">
          {t('language.pacing.hoursNotEnough')}
        </p>
      ) : null}
    </section>
  );
});
