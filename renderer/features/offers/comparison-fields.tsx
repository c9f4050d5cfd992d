import { getIn, type EditPath } from '../../../shared/offers/edit-path';
import type { InputResult } from '../../../shared/offers/input-parsers';
import { applyComparisonEdit, validateComparisonEdit } from '../../../shared/offers/validate-edit';
import type { ComparisonSettings } from '../../../shared/offers/schema';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';

interface ComparisonFieldProps<T> {
  settings: ComparisonSettings;
  path: EditPath;
  /** Defaults to "comparison." plus the path. */
  name?: string;
  label: string;
  format: (value: T) => string;
  parse: (text: string) => InputResult<T>;
  hint?: string;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  commitDelayMs?: number;
  isDate?: boolean;
}

/** A TextField bound to one place in the comparison settings, checked against the whole settings before saving. */
export function ComparisonField<T>({ settings, path, name, label, format, parse, hint, placeholder, inputMode, commitDelayMs, isDate }: ComparisonFieldProps<T>) {
  const updateComparison = usePlanner((s) => s.updateComparison);
  const value = getIn(settings, path) as T;
  return (
    <TextField<T>
      name={name ?? `comparison.${path.join('.')}`}
      label={label}
      value={value}
      format={format}
      hint={hint}
      placeholder={placeholder}
      inputMode={inputMode}
      commitDelayMs={commitDelayMs}
      isDate={isDate}
      parse={(text) => {
        const parsed = parse(text);
        if (!parsed.ok) return parsed;
        const checked = validateComparisonEdit(settings, path, parsed.value);
        return checked.ok ? parsed : checked;
      }}
      onCommit={(next) =>
        updateComparison((current) => applyComparisonEdit(current, path, next) ?? current)
      }
    />
  );
}
