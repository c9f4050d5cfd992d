import type { z } from 'zod';

/** Flattens zod issues to "path.to.field" -> message key, first problem per field. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(root)';
    fieldErrors[path] ??= issue.message;
  }
  return fieldErrors;
}
