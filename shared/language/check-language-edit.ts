import type { z } from 'zod';
import { languageDataIssues, LanguageGoalSchema, StudyLogEntrySchema, type LanguageData } from './schema';

/** The first problem an edit of the language section introduced: its message key and where it is in the section. */
export interface LanguageEditIssue {
  message: string;
  path: PropertyKey[];
}

/** A language edit that passed, as LanguageDataSchema would have returned it, or its first problem. */
export type LanguageEditResult = { ok: true; value: LanguageData } | { ok: false; issue: LanguageEditIssue };

type Parsed<T> = { ok: true; value: T[] } | { ok: false; issue: LanguageEditIssue };

/**
 * Each element of `after` that is not (by reference) an element of `before` is parsed with `schema`; the
 * others passed before. Every index is visited, so a hole in a sparse array is refused as the array's own
 * parse would refuse it. Issues come in the schema's order: the first changed element that fails.
 */
function parseChangedElements<T>(before: readonly T[], after: readonly T[], schema: z.ZodType<T>, key: string): Parsed<T> {
  const kept = new Set(before);
  const output = after.slice();
  for (let index = 0; index < after.length; index++) {
    const element = after[index]!;
    if (kept.has(element)) continue;
    const checked = schema.safeParse(element);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { ok: false, issue: { message: issue?.message ?? 'validation.required', path: [key, index, ...(issue?.path ?? [])] } };
    }
    output[index] = checked.data;
  }
  return { ok: true, value: output };
}

/**
 * Checks an edit of the language section, given the section before it (which passed LanguageDataSchema and
 * is its output), in proportion to the edit (issue 16): a study-log entry added, changed or removed parses
 * that entry only, not the thousand others; a changed goal parses that goal. The rules across the section
 * (ids unique, every entry pointing at a goal) run over the whole of it in plain code. `after` must hold
 * exactly the section's two arrays (check-edit.ts hands anything else to the whole schema). The answer
 * agrees with LanguageDataSchema on the edited section, first problem and output included (a unit test
 * holds it to that).
 */
export function parseLanguageEdit(before: LanguageData, after: LanguageData): LanguageEditResult {
  if (after === before) return { ok: true, value: after };
  let goals = after.goals;
  if (goals !== before.goals) {
    const parsed = parseChangedElements(before.goals, after.goals, LanguageGoalSchema, 'goals');
    if (!parsed.ok) return parsed;
    goals = parsed.value;
  }
  let studyLog = after.studyLog;
  if (studyLog !== before.studyLog) {
    const parsed = parseChangedElements(before.studyLog, after.studyLog, StudyLogEntrySchema, 'studyLog');
    if (!parsed.ok) return parsed;
    studyLog = parsed.value;
  }
  const value = { goals, studyLog };
  const [issue] = languageDataIssues(value);
  return issue ? { ok: false, issue } : { ok: true, value };
}
