import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './dialogs.css';

export interface ConfirmDialogProps {
  /** The question, saying what happens ("Delete this item and its 2 files?"). */
  message: string;
  confirmLabel: string;
  /** Default "Cancel". */
  cancelLabel?: string;
  isDanger?: boolean;
  onConfirm(): void;
  onCancel(): void;
  /** For the tests: the confirm button's data-testid. */
  confirmTestId?: string;
}

/**
 * The app's one way to ask before doing something: a modal alert dialog (the page behind it is inert),
 * the focus on the safe answer, Escape for no, and the focus back on what opened it after a no. Nothing in
 * the app uses window.confirm, which blocks the page and cannot be styled or translated.
 */
export function ConfirmDialog({ message, confirmLabel, cancelLabel, isDanger = true, onConfirm, onCancel, confirmTestId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const answered = useRef<'yes' | 'no' | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // A "no" goes back to where the question came from; after a "yes" the caller moves the focus on.
      if (answered.current !== 'yes' && opener.current?.isConnected) opener.current.focus();
    };
  }, []);

  const answer = (isYes: boolean) => {
    answered.current = isYes ? 'yes' : 'no';
    if (isYes) onConfirm();
    else onCancel();
  };

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      role="alertdialog"
      aria-labelledby={`${id}-message`}
      data-testid="confirm-dialog"
      onCancel={(event) => {
        // Escape: the same as the safe answer, but through React so the caller's state follows.
        event.preventDefault();
        answer(false);
      }}
    >
      <p id={`${id}-message`} className="confirm-dialog__message">
        {message}
      </p>
      <div className="confirm-dialog__actions">
        <button type="button" className={isDanger ? 'danger' : 'primary'} data-testid={confirmTestId} onClick={() => answer(true)}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancelRef} onClick={() => answer(false)}>
          {cancelLabel ?? t('confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}
