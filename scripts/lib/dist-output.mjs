// Pure helpers for `npm run dist`: tidy electron-builder's log and explain its download failures.
import { SUGGESTED_MIRROR } from './electron-binary.mjs';

export const SUGGESTED_BINARIES_MIRROR = 'https://npmmirror.com/mirrors/electron-builder-binaries/';

/**
 * One line of electron-builder output as the person should see it: its error lines carry the whole
 * stack after `stackTrace=`, followed by `    at ...` frames. Returns null for lines to drop.
 */
export function cleanBuilderLine(line) {
  if (/^\s+at\s/.test(line)) return null;
  const stackStart = line.indexOf(' stackTrace=');
  return stackStart === -1 ? line : line.slice(0, stackStart).trimEnd();
}

/** 'download' when electron-builder could not fetch Electron or its tools; 'other' otherwise. */
export function classifyBuilderFailure(output) {
  const text = String(output ?? '');
  const isNetwork =
    /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|fetch failed|socket hang up|getaddrinfo|UND_ERR_/i.test(
      text,
    );
  const isDownloadHttpError = /(HTTPError|Response code|status code) ?\(?\d{3}/i.test(text) && /https?:\/\//.test(text);
  const isChecksum = /checksum/i.test(text);
  return isNetwork || isDownloadHttpError || isChecksum ? 'download' : 'other';
}

/** Host named in the failure (e.g. github.com), so the message can say which one was unreachable. */
export function failedHost(output) {
  const text = String(output ?? '');
  const dns = /(?:ENOTFOUND|EAI_AGAIN)\s+([a-z0-9.-]+\.[a-z]{2,})/i.exec(text);
  if (dns) return dns[1];
  const url = /https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/i.exec(text);
  return url ? url[1] : null;
}

export function formatBuilderFailure(output, { platform = process.platform } = {}) {
  const debugHint = platform === 'win32' ? '$env:PLANNER_DEBUG="1"; npm run dist' : 'PLANNER_DEBUG=1 npm run dist';
  if (classifyBuilderFailure(output) !== 'download') {
    return [
      '',
      'Packaging failed: electron-builder stopped with the error shown above.',
      `To see its full output, including stack traces: ${debugHint}`,
      '',
    ].join('\n');
  }

  const host = failedHost(output);
  const mirrors =
    platform === 'win32'
      ? [
          `$env:ELECTRON_MIRROR="${SUGGESTED_MIRROR}"`,
          `$env:ELECTRON_BUILDER_BINARIES_MIRROR="${SUGGESTED_BINARIES_MIRROR}"`,
          'npm run dist',
        ]
      : [
          `ELECTRON_MIRROR=${SUGGESTED_MIRROR} \\`,
          `ELECTRON_BUILDER_BINARIES_MIRROR=${SUGGESTED_BINARIES_MIRROR} \\`,
          'npm run dist',
        ];
  return [
    '',
    `Packaging failed: electron-builder could not download what it packages with${host ? ` (from ${host})` : ''}.`,
    '',
    "An installer is made from Electron's release zip for the target platform plus packaging tools",
    '(AppImage, NSIS, ...), which electron-builder downloads once and then keeps in its cache.',
    "This machine could not fetch them, so no installer was made.",
    '',
    'What you can do:',
    "  - Build on a machine that can reach Electron's download host (github.com), or",
    '  - use mirrors for both downloads:',
    ...mirrors.map((line) => `      ${line}`),
    '  - Behind a proxy? Set HTTPS_PROXY (and ELECTRON_GET_USE_PROXY=1) before `npm run dist`.',
    '',
    `To see electron-builder's full output: ${debugHint}`,
    '',
  ].join('\n');
}
