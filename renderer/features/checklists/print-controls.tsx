import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintScope } from '../../../shared/checklists/print-selection';
import { planner } from '../../api/planner';

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
  const [isSaving, setIsSaving] = useState(false);
  const savePdf = async () => {
    setIsSaving(true);
    setStatus(null);
    try {
      const result = await planner().savePdf({ suggestedName });
      if (!result.ok) setStatus({ kind: 'failed', reason: t(`error.${result.error.code}`, { detail: result.error.message }) });
      else if (result.value.path) setStatus({ kind: 'saved', path: result.value.path });
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <div className="print-controls no-print" role="group" aria-label={t('checklists.ui.print.title')}>
      <span className="print-controls__label">{t('checklists.ui.print.title')}</span>
      {(['all', 'open'] as const).map((option) => (
        <label key={option} className="radio">
          <input type="radio" name={`print-scope-${name}`} value={option} data-print-scope={option} checked={scope === option} onChange={() => onScopeChange(option)} />
          {t(option === 'all' ? 'checklists.print.all' : 'checklists.print.open')}
        </label>
      ))}
      <button type="button" onClick={() => window.print()}>
        {t('checklists.ui.print.print')}
      </button>
      <button type="button" data-testid="save-pdf" disabled={isSaving} onClick={() => void savePdf()}>
        {t('checklists.ui.print.savePdf')}
      </button>
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
