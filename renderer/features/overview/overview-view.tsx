import { useTranslation } from 'react-i18next';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';
import { usePaperChoice } from '../../components/paper-select';
import { useToday, useEntryText } from '../timeline/entry-text';
import { Countdowns } from './countdowns';
import { MoveForm } from './move-form';
import { NextDeadlines } from './next-deadlines';
import { ChecklistProgressCard, LanguageProgressCard } from './progress-cards';
import { ProfileForm } from './profile-form';
import { SummaryPrintControls } from './summary-print-controls';
import { VerdictLine } from './verdict-line';
import './overview.css';

/** Printed, the summary shows this many deadlines (a screenful stays five: the rest is on the timeline). */
const PRINTED_DEADLINES = 10;

/**
 * The day's starting point: countdowns, where the offers stand, the next deadlines, progress per checklist
 * and per language goal; the profile and move forms below. Printed, the same cards make a one-page summary.
 */
export default function OverviewView() {
  const { t } = useTranslation();
  const today = useToday();
  const text = useEntryText();
  const [paper, setPaper] = usePaperChoice();
  // The forms sit below the fold and hold three country lists (about 800 options): they follow in the render
  // after the first paint, so the cards a person reads first are on screen sooner (issue 16, note 0024).
  const areFormsDrawn = useAfterFirstPaint();
  return (
    <div className={`view overview overview--paper-${paper}`} data-testid="view-overview">
      {/* The page size for printing and for the PDF engine (preferCSSPageSize). */}
      <style>{`@media print { @page { size: ${paper === 'A4' ? 'A4' : 'letter'}; margin: 12mm; } }`}</style>
      <header className="view__header">
        <h1 className="no-print">{t('overview.ui.title')}</h1>
        <h1 className="print-only">{t('overview.ui.print.heading', { date: text.date(today) })}</h1>
        <p className="muted no-print">{t('overview.ui.intro')}</p>
        <SummaryPrintControls paper={paper} onPaper={setPaper} today={today} />
      </header>
      <div className="dashboard">
        <div className="dashboard__main">
          <Countdowns today={today} />
          <VerdictLine />
          <NextDeadlines today={today} printedCount={PRINTED_DEADLINES} />
        </div>
        <div className="dashboard__side">
          <ChecklistProgressCard today={today} />
          <LanguageProgressCard today={today} />
        </div>
      </div>
      {areFormsDrawn ? (
        <div className="no-print">
          <ProfileForm />
          <MoveForm />
        </div>
      ) : null}
    </div>
  );
}
