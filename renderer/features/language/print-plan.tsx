import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDaysIso } from '../../../shared/dates/iso-date';
import { getFramework, goalLevel } from '../../../shared/language/frameworks';
import type { LanguageMilestone } from '../../../shared/language/milestones';
import type { Pacing } from '../../../shared/language/pacing';
import { weekStartOf } from '../../../shared/language/rest-days';
import type { LanguageGoal } from '../../../shared/language/schema';
import type { TargetWordsInfo } from '../../../shared/language/target-words';
import { formatHours, formatNumber } from './format';
import { goalLanguageName, levelLabel } from './goal-label';
import { PacingStatusText } from './pacing-panel';
import { RestText } from './rest-text';
import { useDates } from '../../i18n/use-dates';

interface PrintPlanProps {
  goal: LanguageGoal;
  pace: Pacing;
  target: TargetWordsInfo;
  milestones: readonly LanguageMilestone[];
  today: string;
}

/** Weeks in the blank log grid: enough for two months of ticks and still one page. */
const GRID_WEEKS = 10;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * The one-page study plan. Hidden on screen; when printing from the language view only this shows
 * (language.css), so "Print" and "Save as PDF" give the plan rather than the whole screen.
 */
export const PrintPlan = memo(function PrintPlan({ goal, pace, target, milestones, today }: PrintPlanProps) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const n = (value: number) => formatNumber(value, i18n.language);
  const level = levelLabel(t, goal);
  const studyTime = goalLevel(goal)?.studyTime;
  const firstWeek = weekStartOf(today);
  const rows: [string, string][] = [
    [t('language.field.targetLevel'), `${level} · ${t(getFramework(goal.framework).labelKey)}`],
    [t('language.field.targetWords'), target.words === null ? '–' : n(target.words)],
    [t('language.field.standard'), `${t(target.standard.labelKey)}${target.needsVerification ? t('text.aside', { text: t('language.standard.needsVerification') }) : ''}`],
    [t('language.field.targetDate'), `${dates.date(goal.targetDate)}${goal.isExamDate ? t('text.aside', { text: t('language.milestone.exam') }) : ''}`],
    [t('language.pacing.knownWordsEstimate'), t('language.ui.print.knownOn', { words: n(pace.knownWordsEstimate), date: dates.date(today) })],
    [t('language.pacing.wordsStillNeeded'), n(pace.wordsStillNeeded)],
    [t('language.field.hoursPerWeek'), formatHours(goal.hoursPerWeek, i18n.language)],
  ];
  if (studyTime) rows.push([t('language.ui.print.officialStudyTime'), t(studyTime.descriptionKey)]);
  return (
    <div className="language-print-plan" data-testid="print-plan">
      <header className="language-print-plan__header">
        <h1>{t('language.ui.print.title', { level, language: goalLanguageName(t, i18n.language, goal.language) })}</h1>
        <div className="muted">{t('language.ui.print.printedOn', { date: dates.date(today) })}</div>
      </header>
      {goal.why ? <p className="language-print-plan__why">{t('language.ui.print.why', { why: goal.why })}</p> : null}
      <section>
        <h2>{t('language.ui.print.quota')}</h2>
        <table className="language-table language-print-plan__quota">
          <tbody>
            <tr>
              <th scope="row">{t('language.pacing.weeklyQuota')}</th>
              <td className="language-print-plan__big">{pace.weeklyWordQuota === null ? '–' : n(pace.weeklyWordQuota)}</td>
            </tr>
            <tr>
              <th scope="row">{t('language.pacing.dailyQuota')}</th>
              <td>{pace.wordsPerStudyDayNeeded === null ? '–' : formatNumber(pace.wordsPerStudyDayNeeded, i18n.language, 1)}</td>
            </tr>
            <tr>
              <th scope="row">{t('language.pacing.hoursPerWeekNeeded')}</th>
              <td>{pace.hoursPerWeekNeeded === null ? '–' : formatHours(pace.hoursPerWeekNeeded, i18n.language)}</td>
            </tr>
            <tr>
              <th scope="row">{t('language.pacing.projectedDate')}</th>
              <td>{pace.projectedDate ? dates.date(pace.projectedDate) : '–'}</td>
            </tr>
            <tr>
              <th scope="row">{t('language.ui.print.status')}</th>
              <td>
                <PacingStatusText pace={pace} isPlain />
              </td>
            </tr>
          </tbody>
        </table>
      </section>
      <div className="language-print-plan__columns">
        <section>
          <h2>{t('language.ui.print.targets')}</h2>
          <table className="language-table">
            <tbody>
              {rows.map(([label, value]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{value}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('language.field.rest')}</th>
                <td>
                  <RestText rest={goal.rest} />
                </td>
              </tr>
            </tbody>
          </table>
        </section>
        <section>
          <h2>{t('language.ui.milestones.title')}</h2>
          <table className="language-table">
            <tbody>
              {milestones.map((milestone) => (
                <tr key={milestone.id}>
                  <td className="language-date">{dates.date(milestone.date)}</td>
                  <td>{t(milestone.labelKey)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <h2>{t('language.ui.print.grid', { words: pace.weeklyWordQuota === null ? '–' : n(pace.weeklyWordQuota) })}</h2>
      <table className="language-print-grid">
        <thead>
          <tr>
            <th>{t('language.ui.print.weekOf')}</th>
            {WEEKDAYS.map((day) => (
              <th key={day}>{t(`language.ui.weekdayShort.${day}`)}</th>
            ))}
            <th>{t('language.ui.print.weekMinutes')}</th>
            <th>{t('language.ui.print.weekWords')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: GRID_WEEKS }, (_, week) => addDaysIso(firstWeek, week * 7)).map((weekStart) => (
            <tr key={weekStart}>
              <td className="language-date">{dates.date(weekStart)}</td>
              {WEEKDAYS.map((day) => (
                <td key={day} />
              ))}
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('language.ui.print.gridHint')}</p>
    </div>
  );
});
