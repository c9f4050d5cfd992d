import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/contract/plan-files-operations';
import type { ImportProblem } from '../../../shared/plan-files/problems';
import { planner } from '../../api/planner';
import { flushEdits, restartWithPlan } from './plan-actions';
import { ImportPreviewDialog } from './import-preview-dialog';
import { BusyButton } from '../../components/busy-button';
import { usePendingAction } from '../commands/use-pending-action';

type Ready = Extract<ImportPreview, { outcome: 'ready' }>;
type Message = { tone: 'ok' | 'error'; text: string; detail?: string };

/** The problem's own values, named as its message expects them. */
function problemParams(problem: ImportProblem): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(problem)) if (key !== 'code') params[key === 'limitBytes' ? 'limit' : key] = value as string | number;
  return params;
}

/** Export the whole plan to one file; import one after seeing what it changes. */
export function PlanFilesCard() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<Message | null>(null);
  const [preview, setPreview] = useState<Ready | null>(null);
  const [isAskingAgain, setIsAskingAgain] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [busyWith, setBusyWith] = useState<'export' | 'import' | null>(null);

  const busy = async (task: () => Promise<void>) => {
    setIsBusy(true);
    try {
      await task();
    } finally {
      setIsBusy(false);
      setBusyWith(null);
    }
  };

  const exportPlan = () =>
    busy(async () => {
      setBusyWith('export');
      setMessage(null);
      if (!(await flushEdits())) return setMessage({ tone: 'error', text: t('plans.notSaved') });
      const result = await planner().exportWholePlan({});
      if (!result.ok) return setMessage({ tone: 'error', text: t('planFiles.exportFailed', { detail: result.error.message }) });
      if (result.value.path) setMessage({ tone: 'ok', text: t('planFiles.exported', { path: result.value.path, count: result.value.attachments }) });
    });

  const chooseImport = () =>
    busy(async () => {
      setBusyWith('import');
      setMessage(null);
      if (!(await flushEdits())) return setMessage({ tone: 'error', text: t('plans.notSaved') });
      const result = await planner().previewImport({});
      if (!result.ok) return setMessage({ tone: 'error', text: t('planFiles.applyFailed', { detail: result.error.message }) });
      const value = result.value;
      if (!value.isChosen) return;
      if (value.outcome === 'refused') {
        return setMessage({
          tone: 'error',
          text: t('planFiles.refused', { file: value.fileName }),
          detail: t(`planFiles.problem.${value.problem.code}`, problemParams(value.problem)),
        });
      }
      setIsAskingAgain(false);
      setPreview(value);
    });

  const apply = (isLargeRemovalConfirmed: boolean) =>
    busy(async () => {
      if (!preview) return;
      const result = await planner().applyImport({ token: preview.token, isLargeRemovalConfirmed });
      if (!result.ok) {
        setPreview(null);
        return setMessage({ tone: 'error', text: t('planFiles.applyFailed', { detail: result.error.message }) });
      }
      const value = result.value;
      if (value.outcome === 'needs-confirmation') return setIsAskingAgain(true);
      if (value.outcome === 'refused') {
        setPreview(null);
        return setMessage({ tone: 'error', text: t('planFiles.applyFailed', { detail: value.detail }) });
      }
      restartWithPlan({ kind: 'imported', backupFile: value.backupFile });
    });

  // File > Export Whole Plan (Ctrl/Cmd+Shift+E) runs the same export as the button.
  usePendingAction('exportPlan', () => void exportPlan());

  const cancel = () => {
    setPreview(null);
    void planner().cancelImport({});
  };

  return (
    <section className="card" data-testid="plan-files-card">
      <h2>{t('planFiles.title')}</h2>
      <p className="muted">{t('planFiles.intro')}</p>
      <div className="button-row">
        <BusyButton onClick={() => void exportPlan()} isBusy={busyWith === 'export'} disabled={isBusy} data-testid="export-whole-plan">
          {t('planFiles.export')}
        </BusyButton>
        <BusyButton onClick={() => void chooseImport()} isBusy={busyWith === 'import'} disabled={isBusy} data-testid="import-plan">
          {t('planFiles.import')}
        </BusyButton>
      </div>
      <p className="muted">{t('planFiles.exportWarning')}</p>
      {message ? (
        <div className={message.tone === 'error' ? 'banner banner--danger' : 'banner banner--ok'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="plan-files-message">
          <p>{message.text}</p>
          {message.detail ? <p data-testid="import-problem">{message.detail}</p> : null}
        </div>
      ) : null}
      {preview ? (
        <ImportPreviewDialog
          preview={preview}
          isAskingAgain={isAskingAgain}
          isBusy={isBusy}
          onApply={() => void apply(false)}
          onConfirmLargeRemoval={() => void apply(true)}
          onCancel={cancel}
        />
      ) : null}
    </section>
  );
}
