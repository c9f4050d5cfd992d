/**
 * JSON from a file someone handed us. Besides parsing strictly (bad UTF-8 is an error, not U+FFFD), every
 * object key is checked: `__proto__`, `constructor` and `prototype` never reach code that could merge them
 * into a prototype, and nesting is capped so a hostile file cannot exhaust the stack of a later walk.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type SafeJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'bad-json' }
  | { ok: false; reason: 'forbidden-key'; key: string; path: string }
  | { ok: false; reason: 'too-deep' };

export function parseUntrustedJson(bytes: Uint8Array, maxDepth: number): SafeJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  // Iterative, so the check itself cannot overflow the stack however deep the input is.
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current.value !== 'object' || current.value === null) continue;
    if (current.depth >= maxDepth) return { ok: false, reason: 'too-deep' };
    const entries = Array.isArray(current.value) ? current.value.map((v, i) => [String(i), v] as const) : Object.entries(current.value);
    for (const [key, child] of entries) {
      const path = current.path ? `${current.path}.${key}` : key;
      if (!Array.isArray(current.value) && FORBIDDEN_KEYS.includes(key)) return { ok: false, reason: 'forbidden-key', key, path: current.path };
      stack.push({ value: child, path, depth: current.depth + 1 });
    }
  }
  return { ok: true, value };
}

/**
 * The first key present in `raw` but missing from `parsed` at the same place: zod drops unknown keys from
 * objects that are not strict, and an import must refuse them rather than lose them silently.
 */
export function findDroppedKey(raw: unknown, parsed: unknown, path = ''): string | null {
  const stack: { raw: unknown; parsed: unknown; path: string }[] = [{ raw, parsed, path }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current.raw !== 'object' || current.raw === null) continue;
    if (typeof current.parsed !== 'object' || current.parsed === null) continue;
    if (Array.isArray(current.raw)) {
      if (!Array.isArray(current.parsed)) continue;
      current.raw.forEach((item, index) => stack.push({ raw: item, parsed: (current.parsed as unknown[])[index], path: `${current.path}.${index}` }));
      continue;
    }
    const parsedObject = current.parsed as Record<string, unknown>;
    for (const [key, child] of Object.entries(current.raw)) {
      const childPath = current.path ? `${current.path}.${key}` : key;
      if (!Object.hasOwn(parsedObject, key)) return childPath;
      stack.push({ raw: child, parsed: parsedObject[key], path: childPath });
    }
  }
  return null;
}
