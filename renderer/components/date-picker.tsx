import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, parseTypedDate } from '../../shared/dates/format-date';
import { isIsoDate } from '../../shared/dates/iso-date';
import './date-picker.css';

/**
 * What a date field shows: from the first keystroke until the person leaves it, exactly what they type;
 * otherwise an ISO date in their language (Mar 10, 2027 / 2027年3月10日). The value behind it stays ISO.
 * (Not switched on focus: text that changes under a click or a select-all would lose the caret.)
 */
export function useDateDisplay(text: string) {
  const { i18n } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  const shown = !isEditing && isIsoDate(text.trim()) ? formatDate(text.trim(), i18n.language) : text;
  return { shown, onEdit: () => setEditing(true), onBlur: () => setEditing(false) };
}

/** Typed text in a form other than ISO ("Mar 10, 2027", "2027年3月10日") as ISO, so it can be shown in the person's language; null otherwise. */
export function typedNonIsoDate(text: string): string | null {
  const iso = parseTypedDate(text);
  return iso !== null && iso !== text.trim() ? iso : null;
}

interface DatePickerButtonProps {
  /** The field's name; the calendar's own input is `${name}.picker` (tests fill it with an ISO date). */
  name: string;
  label: string;
  /** The field's current text: the calendar opens on it when it is a date. */
  value: string;
  onPick: (iso: string) => void;
}

/**
 * A calendar button next to a date field. The calendar is the platform's own (input type="date", opened
 * with showPicker), so it is localized, keyboard-usable and well kept; the text field beside it stays the
 * place to type, in ISO or the language's own form, with the field's existing messages.
 */
export function DatePickerButton({ name, label, value, onPick }: DatePickerButtonProps) {
  const { t } = useTranslation();
  const native = useRef<HTMLInputElement>(null);
  const iso = parseTypedDate(value) ?? '';
  const open = () => {
    const input = native.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // showPicker refuses without a user gesture or where it is not supported: focus the input instead.
      input.focus();
    }
  };
  return (
    <span className="date-picker">
      <button type="button" className="date-picker__button" aria-label={t('field.pickDate', { label })} title={t('field.pickDate', { label })} onClick={open}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
        </svg>
      </button>
      <input
        ref={native}
        type="date"
        className="date-picker__native"
        name={`${name}.picker`}
        tabIndex={-1}
        aria-hidden="true"
        value={iso}
        onChange={(event) => {
          if (event.target.value) onPick(event.target.value);
        }}
      />
    </span>
  );
}
