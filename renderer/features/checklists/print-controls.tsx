import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintScope } from '../../../shared/checklists/print-selection';
import { BusyButton, printAfterPaint, useBusy } from '../../components/busy-button';
import { savePagePdf } from '../../components/page-settled';

interface PrintControlsProps {
  scope: PrintScope;
  onScopeChange: (scope: PrintScope) => void;
  suggestedName: string;
}

type PdfStatus = { kind: 'saved'; path: string } | { kind: 'failed'; reason: string } | null;

/** All items or only open ones, then Print (system dialog) or Save as PDF (a file the person names). */
export function PrintControls({ scope, onScopeChange, suggestedName }: PrintControlsProps) {
  const { t } = useTranslation();
  const name = useId();
  const [status, setStatus] = useState<PdfStatus>(null);
  const [isSaving, runSave] = useBusy();
  const [isPrinting, runPrint] = useBusy();
  const savePdf = () =>
    runSave(async () => {
      setStatus(null);
      const result = await savePagePdf({ suggestedName });
      if (!result.ok) setStatus({ kind: 'failed', reason: t(`error.${result.error.code}`, { detail: result.error.message }) });
      else if (result.value.path) setStatus({ kind: 'saved', path: result.value.path });
    });
  return (
    <div className="print-controls no-print" role="group" aria-label={t('checklists.ui.print.title')}>
      <span className="print-controls__label">{t('checklists.ui.print.title')}</span>
      {(['all', 'open'] as const).map((option) => (
        <label key={option} className="radio">
          <input type="radio" name={`print-scope-${name}`} value={option} data-print-scope={option} checked={scope === option} onChange={() => onScopeChange(option)} />
          {t(option === 'all' ? 'checklists.print.all' : 'checklists.print.open')}
        </label>
      ))}
      <BusyButton isBusy={isPrinting} onClick={() => void runPrint(printAfterPaint)}>
        {t('checklists.ui.print.print')}
      </BusyButton>
      <BusyButton data-testid="save-pdf" isBusy={isSaving} onClick={() => void savePdf()}>
        {t('checklists.ui.print.savePdf')}
      </BusyButton>
      {status?.kind === 'saved' ? (
        <span className="print-controls__status" role="status" data-testid="pdf-status">
          {t('checklists.ui.print.saved', { path: status.path })}
        </span>
      ) : null}
      {status?.kind === 'failed' ? (
        <span className="field__error" role="alert" data-testid="pdf-status">
          {t('checklists.ui.print.failed', { reason: status.reason })}
        </span>
      ) : null}
    </div>
  );
}
