import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { describedByIds, FieldFeedback } from './field-feedback';

interface SelectFieldProps<T extends string> {
  name: string;
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onCommit: (value: T | null) => void;
  /** When true, "not set" is offered as the first choice. */
  isOptional?: boolean;
  hint?: string;
}

export function SelectField<T extends string>({ name, label, value, options, onCommit, isOptional, hint }: SelectFieldProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value ?? ''}
        aria-describedby={describedByIds(id, Boolean(hint), false)}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          onCommit(chosen ? chosen.value : null);
        }}
      >
        {isOptional || value === null ? <option value="">{isOptional ? t('field.notSet') : t('field.choose')}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldFeedback id={id} name={name} hint={hint} />
    </div>
  );
}
