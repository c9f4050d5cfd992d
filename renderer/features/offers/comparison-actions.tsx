import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { comparisonCsv } from '../../../shared/offers/comparison-csv';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { planner } from '../../api/planner';

type Outcome = { kind: 'saved'; path: string } | { kind: 'failed'; detail: string } | null;

/** Print, Save as PDF (main prints this page with the print stylesheet) and CSV export. */
export function ComparisonActions({ comparison }: { comparison: OfferComparison }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [isBusy, setBusy] = useState(false);
  const run = async (operation: () => ReturnType<ReturnType<typeof planner>['savePdf']>) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await operation();
      if (!result.ok) setOutcome({ kind: 'failed', detail: result.error.message });
      else if (result.value.path) setOutcome({ kind: 'saved', path: result.value.path });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="offers-actions offers-print-actions no-print">
      <button type="button" name="print-comparison" onClick={() => window.print()}>
        {t('offers.ui.print')}
      </button>
      <button type="button" name="save-pdf" disabled={isBusy} onClick={() => run(() => planner().savePdf({ suggestedName: t('offers.ui.pdfName') }))}>
        {t('offers.ui.savePdf')}
      </button>
      <button
        type="button"
        name="export-csv"
        disabled={isBusy}
        onClick={() => run(() => planner().exportCsv({ suggestedName: t('offers.ui.csvName'), content: comparisonCsv(comparison, (key) => t(key)) }))}
      >
        {t('offers.ui.exportCsv')}
      </button>
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
