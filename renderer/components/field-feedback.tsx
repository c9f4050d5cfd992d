import type { ReactNode } from 'react';

/** The ids a field's input points at with aria-describedby, so screen readers read the hint and the problem. */
export function describedByIds(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  return [hasError ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
}

interface FieldFeedbackProps {
  /** The input's id (from useId); the hint and error get ids derived from it. */
  id: string;
  /** The input's name: tests find a field's message by data-field-error. */
  name: string;
  hint?: ReactNode;
  /** The message, already translated; nothing is shown when empty. */
  error?: string | null;
}

/** The hint and the validation message under a field, the same in every form of the app. */
export function FieldFeedback({ id, name, hint, error }: FieldFeedbackProps) {
  return (
    <>
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="field__error" id={`${id}-error`} role="alert" data-field-error={name}>
          {error}
        </div>
      ) : null}
    </>
  );
}
