import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareIso } from '../../../shared/dates/iso-date';
import type { StudyLogEntry } from '../../../shared/language/schema';
import { usePlanner } from '../../store';
import { formatNumber } from './format';
import { LanguageField } from './language-field';
import { logEntryToDraft, newLogDraft, validateLogDraft, type LogDraft } from './log-draft';
import { newId } from './new-id';
import { attributeSelector, focusWhenShown } from '../../components/focus';
import { observedSize } from '../../components/window-list';
import { useDates } from '../../i18n/use-dates';
import { compareIds } from '../../../shared/text/compare-ids';

interface LogFormProps {
  initial: LogDraft;
  today: string;
  /** Prefix of the input names: "log" for the quick add, "log-edit" for a row being edited. */
  namePrefix: string;
  submitLabel: string;
  onSaved: () => void;
  onCancel?: () => void;
}

function LogForm({ initial, today, namePrefix, submitLabel, onSaved, onCancel }: LogFormProps) {
  const { t } = useTranslation();
  const saveStudyLogEntry = usePlanner((s) => s.saveStudyLogEntry);
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const result = useMemo(() => validateLogDraft(draft, today), [draft, today]);
  const field = (key: 'date' | 'minutes' | 'newWords' | 'note') => ({
    name: `${namePrefix}.${key}`,
    value: draft[key],
    onChange: (value: string) => {
      setDraft((current) => ({ ...current, [key]: value }));
      setTouched((current) => new Set(current).add(key));
    },
    // "Nothing entered yet" is not an error until the person tries to add it.
    error: !result.ok && (hasTriedSave || (touched.has(key) && result.errors[key]?.key !== 'language.ui.log.nothingToLog')) ? (result.errors[key] ?? null) : null,
  });
  const submit = () => {
    setHasTriedSave(true);
    if (!result.ok) return;
    saveStudyLogEntry(result.value);
    onSaved();
  };
  return (
    <form
      className="language-log-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <LanguageField label={t('language.field.logDate')} isDate {...field('date')} />
      <LanguageField label={t('language.field.minutes')} inputMode="numeric" {...field('minutes')} />
      <LanguageField label={t('language.field.newWords')} inputMode="numeric" {...field('newWords')} />
      <LanguageField label={t('language.field.note')} {...field('note')} />
      <div className="language-log-form__actions">
        <button type="submit" className="primary" data-testid={`${namePrefix}-submit`}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            {t('language.ui.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

interface StudyLogProps {
  goalId: string;
  entries: readonly StudyLogEntry[];
  today: string;
}

/** Quick add (dated today unless changed), then the entries newest first, each editable and deletable. */
export function StudyLog({ goalId, entries, today }: StudyLogProps) {
  const { t } = useTranslation();
  const removeStudyLogEntry = usePlanner((s) => s.removeStudyLogEntry);
  const [editingId, setEditingId] = useState<string | null>(null);
  // A new key after each add gives a fresh, empty quick-add form with a fresh id.
  const [addKey, setAddKey] = useState(() => newId('log'));
  const sorted = useMemo(() => [...entries].sort((a, b) => compareIso(b.date, a.date) || compareIds(a.id, b.id)), [entries]);
  return (
    <section className="card" aria-labelledby="log-title" data-testid="study-log">
      <h2 id="log-title">{t('language.ui.log.title')}</h2>
      <p className="muted small">{t('language.ui.log.quickAddHint')}</p>
      <LogForm
        key={addKey}
        initial={newLogDraft(addKey, goalId, today)}
        today={today}
        namePrefix="log"
        submitLabel={t('language.ui.log.add')}
        onSaved={() => {
          setAddKey(newId('log'));
          // The fresh form is dated today: the minutes are what the person types for the next entry.
          focusWhenShown('[data-testid="study-log"] input[name="log.minutes"]');
        }}
      />
      {sorted.length === 0 ? (
        <p className="muted" data-testid="log-empty">
          {t('language.ui.log.empty')}
        </p>
      ) : (
        <LogTable entries={sorted} editingId={editingId} today={today} onEdit={setEditingId} onRemove={removeStudyLogEntry} />
      )}
    </section>
  );
}

interface LogTableProps {
  entries: readonly StudyLogEntry[];
  editingId: string | null;
  today: string;
  onEdit(id: string | null): void;
  onRemove(id: string): void;
}

const ROW_HEIGHT = 37;

/**
 * The log, newest first, in a scrolling box that draws only the rows in view (@tanstack/react-virtual):
 * three years of daily entries would otherwise be a thousand rows on every render of the screen.
 */
function LogTable({ entries, editingId, today, onEdit, onRemove }: LogTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this table itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => entries[index]!.id,
    overscan: 12,
    // A row's height from its ResizeObserver entry: reading it as the row is attached forced a layout of
    // the page inside the click that added an entry.
    measureElement: observedSize,
    initialRect: { width: 0, height: 15 * ROW_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  // After saving or cancelling an edit, focus goes back to that row's Edit button.
  const finishEdit = (id: string) => {
    onEdit(null);
    focusWhenShown(`${attributeSelector('tr', 'data-log-id', id)} button[name="log-edit"]`);
  };
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div className="language-log-scroll" ref={scrollRef} data-testid="log-scroll">
      <table className="language-table language-log-table">
        <thead>
          <tr>
            <th>{t('language.field.logDate')}</th>
            <th className="num">{t('language.field.minutes')}</th>
            <th className="num">{t('language.field.newWords')}</th>
            <th>{t('language.field.note')}</th>
            <th className="no-print" aria-label={t('language.ui.actions')} />
          </tr>
        </thead>
        <tbody>
          {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
          {items.map((row) => {
            const entry = entries[row.index]!;
            return entry.id === editingId ? (
              <tr key={entry.id} data-testid="log-row-editing" data-index={row.index} ref={virtualizer.measureElement}>
                <td colSpan={5}>
                  <LogForm
                    initial={logEntryToDraft(entry)}
                    today={today}
                    namePrefix="log-edit"
                    submitLabel={t('language.ui.save')}
                    onSaved={() => finishEdit(entry.id)}
                    onCancel={() => finishEdit(entry.id)}
                  />
                </td>
              </tr>
            ) : (
              <LogRow key={entry.id} entry={entry} index={row.index} measureElement={virtualizer.measureElement} onEdit={onEdit} onRemove={onRemove} />
            );
          })}
          {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

interface LogRowProps {
  entry: StudyLogEntry;
  index: number;
  measureElement(node: Element | null): void;
  onEdit(id: string | null): void;
  onRemove(id: string): void;
}

/**
 * One entry's row. Its place (data-index, which the virtualizer measures by) moves whenever an entry is
 * added above it, and a new entry dated today goes first, so every row in view gets a new index on each
 * add: the row itself is only that shell, and its cells are a memo component that draws again only when
 * the entry changed (issue 16).
 */
function LogRow({ entry, index, measureElement, onEdit, onRemove }: LogRowProps) {
  return (
    <tr data-testid="log-row" data-date={entry.date} data-log-id={entry.id} data-index={index} ref={measureElement}>
      <LogCells entry={entry} onEdit={onEdit} onRemove={onRemove} />
    </tr>
  );
}

/** One entry's cells; a memo component, so a new entry or a scroll draws only the rows that changed or came into view. */
const LogCells = memo(function LogCells({ entry, onEdit, onRemove }: Omit<LogRowProps, 'index' | 'measureElement'>) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  return (
    <>
      <td>{dates.date(entry.date)}</td>
      <td className="num">{formatNumber(entry.minutes, i18n.language)}</td>
      <td className="num">{formatNumber(entry.newWords, i18n.language)}</td>
      <td>{entry.note}</td>
      <td className="language-row-actions">
        <button
          type="button"
          className="link-button"
          name="log-edit"
          onClick={() => {
            onEdit(entry.id);
            focusWhenShown('[data-testid="log-row-editing"] input[name="log-edit.date"]');
          }}
        >
          {t('language.ui.edit')}
        </button>
        <button type="button" className="link-button danger" onClick={() => onRemove(entry.id)}>
          {t('language.ui.delete')}
        </button>
      </td>
    </>
  );
});
