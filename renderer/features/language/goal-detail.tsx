import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFramework, goalLevel } from '../../../shared/language/frameworks';
import { studyHeatmap } from '../../../shared/language/heatmap';
import { heatmapRange } from '../../../shared/language/heatmap-range';
import { goalMilestones } from '../../../shared/language/milestones';
import { pacing } from '../../../shared/language/pacing';
import type { LanguageGoal, StudyLogEntry } from '../../../shared/language/schema';
import { entriesForGoal } from '../../../shared/language/study-log';
import { computeStreaks } from '../../../shared/language/streaks';
import { targetWordsInfo } from '../../../shared/language/target-words';
import { weeklySeries } from '../../../shared/language/weekly-series';
import { BusyButton, printAfterPaint, useBusy } from '../../components/busy-button';
import { useHeldOutOfView } from '../../components/use-held-out-of-view';
import { WithUnbrokenCodes } from '../../components/unbroken';
import { usePlanner } from '../../store';
import { BuiltInTargets, SourceList } from './built-in-targets';
import { formatHours, formatNumber } from './format';
import { HskExamChanges } from './hsk-exam-changes';
import { goalLanguageName, levelLabel } from './goal-label';
import { MilestonesList } from './milestones-list';
import { PacingPanel } from './pacing-panel';
import { PrintPlan } from './print-plan';
import { RestText } from './rest-text';
import { StreakSummary, StudyHeatmap } from './study-heatmap';
import { StudyLog } from './study-log';
import { useIdleValue } from './use-idle-value';
import { WeeklyChart } from './weekly-chart';
import { useDates } from '../../i18n/use-dates';
import { savePagePdf } from '../../components/page-settled';

interface GoalDetailProps {
  goal: LanguageGoal;
  log: readonly StudyLogEntry[];
  today: string;
  onEdit: () => void;
}

export function GoalDetail({ goal, log, today, onEdit }: GoalDetailProps) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const removeLanguageGoal = usePlanner((s) => s.removeLanguageGoal);
  const [pdfMessage, setPdfMessage] = useState<{ isError: boolean; text: string } | null>(null);
  // The log's own table follows every entry at once; the figures read from it (pacing, streaks, the
  // calendar and the weekly chart) follow a deferred copy, so adding an entry paints the new row and the
  // fresh form first and the figures in a render React can interrupt (note 0019). The sections are memo
  // components, so the urgent render skips every one whose figures are unchanged.
  const figuresLog = useDeferredValue(log);
  const entries = useMemo(() => entriesForGoal(log, goal.id), [log, goal.id]);
  const figureEntries = useMemo(() => entriesForGoal(figuresLog, goal.id), [figuresLog, goal.id]);
  const pace = useMemo(() => pacing(goal, figureEntries, today), [goal, figureEntries, today]);
  const target = useMemo(() => targetWordsInfo(goal), [goal]);
  const milestones = useMemo(() => goalMilestones(goal), [goal]);
  const streaks = useMemo(() => computeStreaks(figureEntries, goal.rest, today), [figureEntries, goal.rest, today]);
  const heatmap = useMemo(() => {
    const { from, to } = heatmapRange(goal, figureEntries, today);
    return studyHeatmap(figureEntries, goal.rest, from, to, today);
  }, [figureEntries, goal, today]);
  const weeks = useMemo(() => weeklySeries(goal, figureEntries, today), [goal, figureEntries, today]);
  // The charts are redrawn when the page is idle, and only while they are in view (or near it): below the
  // fold, as they are while a person adds entries at the form, they catch up as soon as they come near it.
  const chartRef = useRef<HTMLDivElement>(null);
  const chartWeeks = useHeldOutOfView(useIdleValue(weeks), chartRef);
  const framework = getFramework(goal.framework);
  const level = levelLabel(t, goal);
  const levelInfo = goalLevel(goal);
  const n = (value: number) => formatNumber(value, i18n.language);

  const [isSaving, runSave] = useBusy();
  const [isPrinting, runPrint] = useBusy();
  const savePdf = () => runSave(async () => {
    setPdfMessage(null);
    const name = `study-plan-${level}-${goal.targetDate}`.replace(/[^\p{L}\p{N}-]+/gu, '-');
    const result = await savePagePdf({ suggestedName: `${name}.pdf` });
    if (!result.ok) setPdfMessage({ isError: true, text: t('language.ui.pdf.failed', { detail: result.error.message }) });
    else if (result.value.path) setPdfMessage({ isError: false, text: t('language.ui.pdf.saved', { path: result.value.path }) });
  });

  return (
    <>
      <div className="language-screen">
        <section className="card" data-testid="goal-summary" aria-labelledby={`goal-${goal.id}-title`}>
          <div className="language-goal-head">
            <div>
              <h2 id={`goal-${goal.id}-title`}>
                {t('language.ui.goal.heading', { level, language: goalLanguageName(t, i18n.language, goal.language), date: dates.date(goal.targetDate) })}
              </h2>
              {goal.why ? <p className="language-why">{goal.why}</p> : null}
            </div>
            <div className="language-actions no-print">
              <button type="button" onClick={onEdit}>
                {t('language.ui.edit')}
              </button>
              <BusyButton isBusy={isPrinting} onClick={() => void runPrint(printAfterPaint)}>
                {t('language.ui.print')}
              </BusyButton>
              <BusyButton isBusy={isSaving} onClick={() => void savePdf()} data-testid="save-pdf">
                {t('language.ui.savePdf')}
              </BusyButton>
              <button
                type="button"
                className="danger"
                name="delete-goal"
                // No question first: the delete can be undone, and the notice says what went with it.
                onClick={() => removeLanguageGoal(goal.id)}
              >
                {entries.length > 0 ? t('language.ui.goal.deleteWithLog', { count: entries.length }) : t('language.ui.delete')}
              </button>
            </div>
          </div>
          {pdfMessage ? (
            <p className={pdfMessage.isError ? 'field__error' : 'muted small'} role="status" data-testid="pdf-message">
              {pdfMessage.text}
            </p>
          ) : null}
          <dl className="language-facts">
            <div>
              <dt>{t('language.field.framework')}</dt>
              <dd>{t(framework.labelKey)}</dd>
            </div>
            <div>
              <dt>{t('language.field.targetWords')}</dt>
              <dd data-testid="goal-target-words">{target.words === null ? '–' : n(target.words)}</dd>
            </div>
            <div>
              <dt>{t('language.field.standard')}</dt>
              <dd data-testid="goal-standard">
                <WithUnbrokenCodes text={target.origin === 'person' ? t('language.standard.origin.person') : t(target.standard.labelKey)} />
                {target.needsVerification ? (
                  <div className="language-verify" data-testid="goal-verify">
                    {t('language.standard.needsVerification')}
                  </div>
                ) : null}
              </dd>
            </div>
            {levelInfo?.cumulativeCharacters != null ? (
              <div>
                <dt>{t('language.ui.builtins.characters')}</dt>
                <dd>{n(levelInfo.cumulativeCharacters)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('language.field.currentLevel')}</dt>
              <dd>{goal.currentLevel ? levelLabel(t, goal, goal.currentLevel) : '–'}</dd>
            </div>
            <div>
              <dt>{t('language.field.knownWordsNow')}</dt>
              <dd>{t('language.ui.goal.knownOn', { words: n(goal.knownWordsNow), date: dates.date(goal.knownWordsAsOf) })}</dd>
            </div>
            <div>
              <dt>{t('language.field.hoursPerWeek')}</dt>
              <dd>{formatHours(goal.hoursPerWeek, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('language.field.rest')}</dt>
              <dd>
                <RestText rest={goal.rest} />
              </dd>
            </div>
            {levelInfo?.studyTime ? (
              <div>
                <dt>{t('language.ui.print.officialStudyTime')}</dt>
                <dd>{t(levelInfo.studyTime.descriptionKey)}</dd>
              </div>
            ) : null}
          </dl>
          {target.origin === 'standard' ? (
            <div className="language-source-note">
              <span className="muted small">{t('language.ui.goal.targetSource')}</span>
              <SourceList sources={target.standard.sources} />
            </div>
          ) : null}
          <BuiltInTargets frameworkId={goal.framework} highlightLevel={goal.targetLevel} />
        </section>

        <HskExamChanges frameworkId={goal.framework} />

        <PacingPanel pace={pace} targetDate={goal.targetDate} />

        <StudyLog goalId={goal.id} entries={entries} today={today} />

        <section className="card" aria-labelledby="progress-title">
          <h2 id="progress-title">{t('language.ui.progress.title')}</h2>
          <StreakSummary streaks={streaks} />
          <h3>{t('language.ui.heatmap.title')}</h3>
          <StudyHeatmap heatmap={heatmap} />
          <h3>{t('language.ui.chart.title')}</h3>
          <div ref={chartRef}>
            <WeeklyChart points={chartWeeks} />
          </div>
        </section>

        <section className="card" aria-labelledby="milestones-title">
          <h2 id="milestones-title">{t('language.ui.milestones.title')}</h2>
          <MilestonesList milestones={milestones} today={today} />
        </section>
      </div>
      <PrintPlan goal={goal} pace={pace} target={target} milestones={milestones} today={today} />
    </>
  );
}
