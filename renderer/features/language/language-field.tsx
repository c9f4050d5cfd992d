import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DatePickerButton, typedNonIsoDate, useDateDisplay } from '../../components/date-picker';
import { describedByIds, FieldFeedback } from '../../components/field-feedback';
import { formatNumber } from './format';
import type { FieldMessage } from './goal-draft';

/** Numbers in a message ({{max}} = 11092) read as the interface language writes them (11,092). */
function useMessage() {
  const { t, i18n } = useTranslation();
  return (message: FieldMessage) =>
    t(
      message.key,
      Object.fromEntries(
        Object.entries(message.params ?? {}).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, i18n.language) : value]),
      ),
    );
}

interface LanguageFieldProps {
  /** Also the input's name, and the data-field-error value of its message, for tests. */
  name: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** Shown at the field; messages from shared/ may carry values such as {{max}}. */
  error?: FieldMessage | null;
  hint?: ReactNode;
  placeholder?: string;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  type?: 'text' | 'date';
  /** A calendar date: shown in the person's language when not being edited, with a calendar button; typed text in another form becomes ISO on leaving. */
  isDate?: boolean;
  /** Extra content under the input, such as a related checkbox. */
  children?: ReactNode;
}

/**
 * A controlled input for the language forms. Unlike the generic TextField it does not commit per keystroke:
 * a goal is checked as a whole (known words against the chosen standard, dates against today), so the form
 * owns the draft and passes each field its message.
 */
export function LanguageField({ name, label, value, onChange, error, hint, placeholder, multiline, inputMode, type = 'text', isDate, children }: LanguageFieldProps) {
  const { t } = useTranslation();
  const message = useMessage();
  const dateDisplay = useDateDisplay(value);
  const id = useId();
  const describedBy = describedByIds(id, Boolean(hint), Boolean(error));
  const common = {
    id,
    name,
    value: isDate ? dateDisplay.shown : value,
    placeholder: placeholder ?? (isDate ? t('field.dateHint') : undefined),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (event: { target: { value: string } }) => {
      if (isDate) dateDisplay.onEdit();
      onChange(event.target.value);
    },
    onBlur: isDate
      ? () => {
          dateDisplay.onBlur();
          const iso = typedNonIsoDate(value);
          if (iso !== null) onChange(iso);
        }
      : undefined,
  };
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea rows={2} {...common} />
      ) : isDate ? (
        <div className="date-field__row">
          <input type="text" inputMode={inputMode} {...common} />
          <DatePickerButton name={name} label={label} value={value} onPick={onChange} />
        </div>
      ) : (
        <input type={type} inputMode={inputMode} {...common} />
      )}
      <FieldFeedback id={id} name={name} hint={hint} error={error ? message(error) : null} />
      {children}
    </div>
  );
}

interface LanguageSelectProps<T extends string> {
  name: string;
  label: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange: (value: T | '') => void;
  error?: FieldMessage | null;
  hint?: ReactNode;
  /** Label of the empty first choice; none is offered when absent. */
  emptyLabel?: string;
}

export function LanguageSelect<T extends string>({ name, label, value, options, onChange, error, hint, emptyLabel }: LanguageSelectProps<T>) {
  const message = useMessage();
  const id = useId();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByIds(id, Boolean(hint), Boolean(error))}
        onChange={(event) => onChange(options.find((option) => option.value === event.target.value)?.value ?? '')}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldFeedback id={id} name={name} hint={hint} error={error ? message(error) : null} />
    </div>
  );
}
