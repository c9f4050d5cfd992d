import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Locale } from '../../../shared/checklists/localized-text';
import { usePlanner } from '../../store';
import { changeText } from './change-text';
import { interfaceLanguageOf } from '../../i18n/interface-language';

/** "Deleted offer Shanghai Tech [Undo]" after a delete; "Undone: … [Redo]" after an undo. */
export function HistoryNotice() {
  const { t, i18n } = useTranslation();
  const { notice, undo, redo, dismiss } = usePlanner(
    useShallow((s) => ({ notice: s.historyNotice, undo: s.undo, redo: s.redo, dismiss: s.dismissHistoryNotice })),
  );
  const textId = useId();
  const actionRef = useRef<HTMLButtonElement>(null);
  // Where focus was when the notice came (often a button that has just gone with what it deleted).
  const returnTo = useRef<HTMLElement | null>(null);
  const serial = notice?.serial;
  useEffect(() => {
    if (serial === undefined) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !active.closest('[data-testid="history-notice"]')) returnTo.current = active;
    // The notice takes focus so Enter undoes (or redoes) at once; its text is the button's description.
    actionRef.current?.focus();
  }, [serial]);
  if (!notice) return null;
  const close = () => {
    dismiss();
    const back = returnTo.current;
    if (back?.isConnected && !back.hasAttribute('disabled')) back.focus();
    else document.getElementById('main-content')?.focus();
  };
  const locale: Locale = interfaceLanguageOf(i18n.language);
  const change = changeText(t, notice.change, locale);
  const text = notice.kind === 'done' ? change.charAt(0).toLocaleUpperCase(locale) + change.slice(1) : t(`history.${notice.kind}`, { change });
  return (
    <div className="banner banner--info history-notice no-print" role="status" aria-live="polite" data-testid="history-notice" data-history-kind={notice.kind}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <span id={textId}>{text}</span>
      {notice.kind === 'undone' ? (
        <button type="button" name="history-redo" ref={actionRef} aria-describedby={textId} onClick={() => redo()}>
          {t('history.redo')}
        </button>
      ) : (
        <button type="button" name="history-undo" ref={actionRef} aria-describedby={textId} onClick={() => undo()}>
          {t('history.undo')}
        </button>
      )}
      <button type="button" className="link-button" name="history-dismiss" onClick={close}>
        {t('history.dismiss')}
      </button>
    </div>
  );
}
