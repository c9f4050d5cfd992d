import { useId } from 'react';

/** A labelled checkbox in the form grid; a boolean cannot be invalid, so it commits at once. */
export function TaxCheckbox({ name, label, isChecked, onChange, hint }: { name: string; label: string; isChecked: boolean; onChange: (isChecked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="field tax-checkbox">
      <label htmlFor={id}>
        <input id={id} type="checkbox" name={name} checked={isChecked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.checked)} />{' '}
        {label}
      </label>
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
