import { useCallback, useRef, useState, type ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { whenPageSettled } from './page-settled';
import './dialogs.css';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  isBusy: boolean;
}

/**
 * A button for work that takes a while (export, print, save as PDF): while it runs it is disabled, says
 * so to screen readers (aria-busy and a "Working…" text) and shows a spinner beside its own label, which
 * stays the same so the button does not jump.
 */
export function BusyButton({ isBusy, disabled, className, children, ...rest }: BusyButtonProps) {
  const { t } = useTranslation();
  return (
    <button type="button" {...rest} className={[className, isBusy ? 'is-busy' : ''].filter(Boolean).join(' ') || undefined} disabled={disabled || isBusy} aria-busy={isBusy || undefined}>
      {isBusy ? <span className="busy-spinner" aria-hidden="true" /> : null}
      {children}
      {isBusy ? <span className="visually-hidden">{` ${t('busy.working')}`}</span> : null}
    </button>
  );
}

/** One task at a time: `run` marks the button busy until the task settles (a second press meanwhile is ignored). */
export function useBusy(): [boolean, (task: () => Promise<unknown> | unknown) => Promise<void>] {
  const [isBusy, setIsBusy] = useState(false);
  const running = useRef(false);
  const run = useCallback(async (task: () => Promise<unknown> | unknown) => {
    if (running.current) return;
    running.current = true;
    setIsBusy(true);
    try {
      await task();
    } finally {
      running.current = false;
      setIsBusy(false);
    }
  }, []);
  return [isBusy, run];
}

/**
 * window.print() blocks the page while the system's print dialog is up; the button shows busy first (one
 * frame is painted), then, once no part of the page is still being worked out, the dialog opens.
 */
export async function printAfterPaint(): Promise<void> {
  await whenPageSettled();
  return new Promise((resolve) => {
    window.requestAnimationFrame(() =>
      window.setTimeout(() => {
        window.print();
        resolve();
      }, 0),
    );
  });
}
