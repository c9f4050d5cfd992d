/**
 * Where two versions of the document differ, found by following only the references that changed (edits
 * copy the path they touch and share the rest, so this visits a handful of nodes, not the plan).
 *
 * `path` is the deepest node holding every difference; `isSingleValue` says the difference is one value
 * (a string, number or null) rather than a change of shape (an item added, removed or moved, several
 * fields at once). Typing in one field changes one value at the same path, keystroke after keystroke.
 * Null when the two hold the same values, even as different objects.
 */
export interface ChangedPath {
  path: string;
  isSingleValue: boolean;
}

/** What typing produces: text, a number, or nothing yet (booleans are clicks, each its own step). */
const isTypedValue = (value: unknown) => typeof value === 'string' || typeof value === 'number' || value === null || value === undefined;

const isContainer = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function changedPath(before: unknown, after: unknown): ChangedPath | null {
  if (Object.is(before, after)) return null;
  const segments: string[] = [];
  let left = before;
  let right = after;
  for (;;) {
    if (!isContainer(left) || !isContainer(right) || Array.isArray(left) !== Array.isArray(right)) {
      // An optional field that appears with its first keystroke (or goes when emptied) is still one value.
      return { path: segments.join('.'), isSingleValue: isTypedValue(left) && isTypedValue(right) };
    }
    if (Array.isArray(left) && Array.isArray(right) && left.length !== right.length) {
      return { path: segments.join('.'), isSingleValue: false };
    }
    const [from, to] = [left, right];
    const keys = new Set([...Object.keys(from), ...Object.keys(to)]);
    const differing = [...keys].filter((key) => !Object.is(from[key], to[key]));
    // A copy holding the same values (an edit that set a field to what it was, e.g. a trailing space trimmed
    // away): nothing changed.
    if (differing.length === 0) return null;
    if (differing.length !== 1) return { path: segments.join('.'), isSingleValue: false };
    const [key] = differing as [string];
    segments.push(key);
    left = from[key];
    right = to[key];
  }
}
