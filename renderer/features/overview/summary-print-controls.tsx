import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BusyButton, printAfterPaint, useBusy } from '../../components/busy-button';
import { savePagePdf } from '../../components/page-settled';
import { PaperSelect } from '../../components/paper-select';
import type { PaperSize } from '../../../shared/print/paper-size';

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
      const result = await savePagePdf({ suggestedName: `plan-summary-${today}-${paper}.pdf`, pageSize: paper });
      if (!result.ok) setMessage({ isError: true, text: t('overview.ui.print.failed', { detail: result.error.message }) });
      else if (result.value.path) setMessage({ isError: false, text: t('overview.ui.print.saved', { path: result.value.path }) });
    });
  return (
    <div className="summary-print-controls no-print">
      <PaperSelect name="summary.paper" paper={paper} onPaper={onPaper} />
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
