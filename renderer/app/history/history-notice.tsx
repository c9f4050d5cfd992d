import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Locale } from '../../../shared/checklists/localized-text';
import { usePlanner } from '../../store';
import { changeText } from './change-text';

/** "Deleted offer Shanghai Tech [Undo]" after a delete; "Undone: … [Redo]" after an undo. */
export function HistoryNotice() {
  const { t, i18n } = useTranslation();
  const { notice, undo, redo, dismiss } = usePlanner(
    useShallow((s) => ({ notice: s.historyNotice, undo: s.undo, redo: s.redo, dismiss: s.dismissHistoryNotice })),
  );
  if (!notice) return null;
  const locale: Locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const change = changeText(t, notice.change, locale);
  const text = notice.kind === 'done' ? change.charAt(0).toLocaleUpperCase(locale) + change.slice(1) : t(`history.${notice.kind}`, { change });
  return (
    <div className="banner banner--info history-notice no-print" role="status" aria-live="polite" data-testid="history-notice" data-history-kind={notice.kind}>
      <span>{text}</span>
      {notice.kind === 'undone' ? (
        <button type="button" name="history-redo" onClick={() => redo()}>
          {t('history.redo')}
        </button>
      ) : (
        <button type="button" name="history-undo" onClick={() => undo()}>
          {t('history.undo')}
        </button>
      )}
      <button type="button" className="link-button" name="history-dismiss" onClick={dismiss}>
        {t('history.dismiss')}
      </button>
    </div>
  );
}
