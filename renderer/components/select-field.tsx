import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
        aria-describedby={hint ? `${id}-hint` : undefined}
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
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
