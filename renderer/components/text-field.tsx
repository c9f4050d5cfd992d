import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanner } from '../store';
import { describedByIds, FieldFeedback } from './field-feedback';
import { typedDateToIso } from '../../shared/dates/format-date';
import { DatePickerButton, typedNonIsoDate, useDateDisplay } from './date-picker';
import type { Parsed } from './field-parsers';

interface TextFieldProps<T> {
  /** Dotted path of the value in the plan ("profile.birthYear"); also the input's name for tests. */
  name: string;
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  hint?: ReactNode;
  placeholder?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  /**
   * Save a valid value only after the person pauses this long (or leaves the field) instead of on every
   * keystroke: for fields whose change recomputes a lot (an exchange rate moves every offer).
   */
  commitDelayMs?: number;
  /** On leaving the field, show a valid entry as `format` writes it (money fields: grouped digits, 1,200,000). */
  isReformattedOnBlur?: boolean;
  /**
   * A calendar date: typed in ISO or the language's own form (read as ISO before `parse`), shown in the
   * person's language when not being edited, with a calendar button. The placeholder defaults to the date hint.
   */
  isDate?: boolean;
}

/**
 * A text input that keeps what the person typed, checks it on every keystroke, and only hands valid
 * values to the store. Invalid text stays on screen with its message next to it and is never saved.
 */
export function TextField<T>({ name, label, value, format, parse: parseText, onCommit, hint, placeholder, multiline, inputMode, commitDelayMs, isReformattedOnBlur, isDate }: TextFieldProps<T>) {
  const { t } = useTranslation();
  const parse = isDate ? (text: string) => parseText(typedDateToIso(text)) : parseText;
  const id = useId();
  const [draft, setDraft] = useState(() => format(value));
  const [messageKey, setMessageKey] = useState<string | null>(null);
  const markFieldInvalid = usePlanner((s) => s.markFieldInvalid);

  // The header counts fields holding text that is not saved, so "All changes saved" is never the whole story.
  const fieldKey = `${name}#${id}`;
  useEffect(() => {
    markFieldInvalid(fieldKey, messageKey !== null);
    return () => markFieldInvalid(fieldKey, false);
  }, [fieldKey, messageKey, markFieldInvalid]);

  // Follow outside changes (load, undo) unless the person is mid-way through an invalid entry. This is
  // React's "adjust state while rendering" pattern: no effect, no extra render pass.
  const [shownValue, setShownValue] = useState(value);
  if (!Object.is(shownValue, value)) {
    setShownValue(value);
    const parsed = parse(draft);
    const isDraftCurrent = parsed.ok && format(parsed.value) === format(value);
    if (!isDraftCurrent && !messageKey) setDraft(format(value));
  }

  // A delayed commit waits here; leaving the field or unmounting saves it at once, so nothing typed is lost.
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; commit: () => void } | null>(null);
  const flush = () => {
    const waiting = pending.current;
    if (!waiting) return;
    clearTimeout(waiting.timer);
    pending.current = null;
    waiting.commit();
  };
  useEffect(() => () => flush(), []);

  const onChange = (text: string) => {
    setDraft(text);
    const parsed = parse(text);
    if (parsed.ok) {
      setMessageKey(null);
      const isChange = format(parsed.value) !== format(value) || parsed.value !== value;
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      if (!isChange) return;
      if (commitDelayMs === undefined) return onCommit(parsed.value);
      const commit = () => onCommit(parsed.value);
      pending.current = { commit, timer: setTimeout(flush, commitDelayMs) };
    } else {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      setMessageKey(parsed.messageKey);
    }
  };

  const dateDisplay = useDateDisplay(draft);
  const describedBy = describedByIds(id, Boolean(hint), Boolean(messageKey));
  const common = {
    id,
    name,
    value: isDate ? dateDisplay.shown : draft,
    placeholder: placeholder ?? (isDate ? t('field.dateHint') : undefined),
    'aria-invalid': messageKey ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => {
      if (isDate) dateDisplay.onEdit();
      onChange(event.target.value);
    },
    onBlur: () => {
      flush();
      if (isReformattedOnBlur) {
        const parsed = parse(draft);
        if (parsed.ok) setDraft(format(parsed.value));
      }
      if (!isDate) return;
      dateDisplay.onBlur();
      // "Mar 10, 2027" typed: keep it as ISO, so it reads in the person's language like every other date.
      const iso = typedNonIsoDate(draft);
      if (iso !== null && !messageKey) setDraft(iso);
    },
  };
  return (
    <div className={`field${messageKey ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={4} {...common} />
      ) : isDate ? (
        <div className="date-field__row">
          <input type="text" inputMode={inputMode} {...common} />
          <DatePickerButton name={name} label={label} value={draft} onPick={(iso) => onChange(iso)} />
        </div>
      ) : (
        <input type="text" inputMode={inputMode} {...common} />
      )}
      <FieldFeedback id={id} name={name} hint={hint} error={messageKey ? t(messageKey) : null} />
    </div>
  );
}
