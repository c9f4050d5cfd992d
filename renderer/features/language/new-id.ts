/** A fresh id for a goal or log entry; randomUUID exists in the app's secure context, the fallback is for safety. */
export function newId(prefix: string): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}`;
}
