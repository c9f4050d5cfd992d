/**
 * Immutable reads and writes by path ("base", "amountMinor") so one form field can describe where its value
 * lives in an offer or in the comparison settings, and the same path can match a schema issue.
 */
export type EditPath = readonly (string | number)[];

export function getIn(root: unknown, path: EditPath): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A copy of `root` with the value at `path` replaced; every object on the way is copied, nothing else. */
export function setIn<T>(root: T, path: EditPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(key)] = setIn(copy[Number(key)], rest, value);
    return copy as T;
  }
  const source = (root ?? {}) as Record<string | number, unknown>;
  return { ...source, [key as string | number]: setIn(source[key as string | number], rest, value) } as T;
}

export function samePath(a: readonly PropertyKey[], b: EditPath): boolean {
  return a.length === b.length && a.every((key, index) => String(key) === String(b[index]));
}

/** True when `path` starts with `prefix` (an issue inside a list item belongs to that item's field). */
export function startsWithPath(path: readonly PropertyKey[], prefix: EditPath): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => String(key) === String(path[index]));
}
