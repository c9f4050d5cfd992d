import { join, normalize, sep } from 'node:path';

/** Resolves a request path inside the renderer folder, or null when it would escape it or is malformed. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const full = normalize(join(root, relative));
  return full.startsWith(root.endsWith(sep) ? root : root + sep) ? full : null;
}
