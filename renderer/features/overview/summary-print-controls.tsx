import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planner } from '../../api/planner';
import { BusyButton, printAfterPaint, useBusy } from '../../components/busy-button';
import { whenPageSettled } from '../../components/page-settled';

export type PaperSize = 'A4' | 'Letter';

/**
 * Print or save the one-page plan summary, on A4 or Letter. The page size is set in CSS (@page) and for
 * the PDF engine alike, so the printout and the PDF lay out the same.
 */
export function SummaryPrintControls({ paper, onPaper, today }: { paper: PaperSize; onPaper(paper: PaperSize): void; today: string }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isSaving, runSave] = useBusy();
  const [isPrinting, runPrint] = useBusy();
  const savePdf = () =>
    runSave(async () => {
      setMessage(null);
      // The PDF is this page printed: parts still being worked out would carry old figures.
      await whenPageSettled();
      const result = await planner().savePdf({ suggestedName: `plan-summary-${today}-${paper}.pdf`, pageSize: paper });
      if (!result.ok) setMessage({ isError: true, text: t('overview.ui.print.failed', { detail: result.error.message }) });
      else if (result.value.path) setMessage({ isError: false, text: t('overview.ui.print.saved', { path: result.value.path }) });
    });
  return (
    <div className="summary-print-controls no-print">
      <label className="inline-field">
        {t('overview.ui.print.paper')}{' '}
        <select name="summary.paper" value={paper} onChange={(event) => onPaper(event.target.value === 'Letter' ? 'Letter' : 'A4')}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
      </label>
      <BusyButton isBusy={isPrinting} onClick={() => void runPrint(printAfterPaint)}>
        {t('overview.ui.print.print')}
      </BusyButton>
      <BusyButton data-testid="summary-pdf" isBusy={isSaving} onClick={() => void savePdf()}>
        {t('overview.ui.print.pdf')}
      </BusyButton>
      {message ? (
        <p className={message.isError ? 'field__error' : 'muted small'} role="status" data-testid="summary-pdf-message">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
