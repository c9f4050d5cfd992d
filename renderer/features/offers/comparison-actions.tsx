import { useState } from 'react';
import { BusyButton, printAfterPaint, useBusy } from '../../components/busy-button';
import { useTranslation } from 'react-i18next';
import { comparisonCsv } from '../../../shared/offers/comparison-csv';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { planner } from '../../api/planner';
import { savePagePdf } from '../../components/page-settled';
import { PaperSelect, usePaperChoice } from '../../components/paper-select';

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; detail: string } | null;

/** Print, Save as PDF (main prints this page with the print stylesheet) and CSV export. */
export function ComparisonActions({ comparison }: { comparison: OfferComparison }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busyWith, setBusyWith] = useState<'pdf' | 'csv' | null>(null);
  const [isBusy, runBusy] = useBusy();
  const [isPrinting, runPrint] = useBusy();
  // The PDF's paper. Print asks the system's dialog, which has its own choice (the printed page is size: auto).
  const [paper, setPaper] = usePaperChoice();
  const run = (kind: 'pdf' | 'csv', operation: () => ReturnType<ReturnType<typeof planner>['savePdf']>) =>
    runBusy(async () => {
      setBusyWith(kind);
      setOutcome(null);
      try {
        const result = await operation();
        if (!result.ok) setOutcome({ kind: 'failed', detail: result.error.message });
        else if (result.value.path) setOutcome({ kind: 'saved', path: result.value.path });
      } finally {
        setBusyWith(null);
      }
    });
  return (
    <div className="offers-actions offers-print-actions no-print">
      <PaperSelect name="comparison.paper" paper={paper} onPaper={setPaper} />
      <BusyButton name="print-comparison" isBusy={isPrinting} onClick={() => void runPrint(printAfterPaint)}>
        {t('offers.ui.print')}
      </BusyButton>
      <BusyButton name="save-pdf" isBusy={busyWith === 'pdf'} disabled={isBusy} onClick={() => void run('pdf', () => savePagePdf({ suggestedName: t('offers.ui.pdfName'), pageSize: paper }))}>
        {t('offers.ui.savePdf')}
      </BusyButton>
      <BusyButton
        name="export-csv"
        isBusy={busyWith === 'csv'}
        disabled={isBusy}
        onClick={() => void run('csv', () => planner().exportCsv({ suggestedName: t('offers.ui.csvName'), content: comparisonCsv(comparison, (key) => t(key)) }))}
      >
        {t('offers.ui.exportCsv')}
      </BusyButton>
      {outcome?.kind === 'saved' ? (
        <span className="offers-outcome" role="status" data-testid="export-outcome">
          {t('offers.ui.savedTo', { path: outcome.path })}
        </span>
      ) : null}
      {outcome?.kind === 'failed' ? (
        <span className="offers-outcome offers-warning" role="alert" data-testid="export-outcome">
          {t('offers.ui.exportFailed', { detail: outcome.detail })}
        </span>
      ) : null}
    </div>
  );
}
