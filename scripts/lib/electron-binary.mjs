// Pure-ish helpers for `npm start`: is Electron's binary there, and what to tell the person when
// fetching it failed. Kept free of process side effects so tests/unit/scripts can cover them.
import fs from 'node:fs';
import path from 'node:path';

// The mirror we suggest: the one Electron Fiddle offers as its China mirror; it keeps GitHub's
// v<version>/ layout, so ELECTRON_MIRROR alone is enough (no ELECTRON_CUSTOM_DIR).
export const SUGGESTED_MIRROR = 'https://npmmirror.com/mirrors/electron/';

// Same switch as getPlatformPath() in node_modules/electron/install.js; must stay in step with it,
// or we would call a finished install "missing" (or the reverse).
export function getPlatformPath(platform) {
  switch (platform) {
    case 'mas':
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'freebsd':
    case 'openbsd':
    case 'linux':
      return 'electron';
    case 'win32':
      return 'electron.exe';
    default:
      return null;
  }
}

// install.js lets these variables pick the platform it downloads for; honour them the same way.
export function resolveInstallPlatform(env, hostPlatform) {
  return env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || hostPlatform;
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf-8');
  } catch {
    return null;
  }
}

export function readElectronVersion(electronDir) {
  const raw = readText(path.join(electronDir, 'package.json'));
  if (raw === null) return null;
  try {
    const version = JSON.parse(raw).version;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}

/**
 * The test electron's install.js runs before downloading (its isInstalled()): dist/version matches
 * the package version, path.txt names this platform's executable, and that executable exists.
 */
export function isElectronInstalled(electronDir, { env = {}, platform = process.platform } = {}) {
  const version = readElectronVersion(electronDir);
  const platformPath = getPlatformPath(resolveInstallPlatform(env, platform));
  if (version === null || platformPath === null) return false;

  const distVersion = readText(path.join(electronDir, 'dist', 'version'));
  if (distVersion === null || distVersion.replace(/^v/, '') !== version) return false;
  if (readText(path.join(electronDir, 'path.txt')) !== platformPath) return false;

  const executable = env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist', platformPath);
  return fs.existsSync(executable);
}

/**
 * electron-vite launches ELECTRON_EXEC_PATH instead of node_modules/electron when it is set, so an
 * Electron the person already has (set up by hand, or shared between projects) needs no download.
 */
export function hasUsableElectron(electronDir, { env = {}, platform = process.platform } = {}) {
  if (env.ELECTRON_EXEC_PATH) return fs.existsSync(env.ELECTRON_EXEC_PATH);
  return isElectronInstalled(electronDir, { env, platform });
}

/** Sorts install.js's stderr into the few causes we can give distinct advice for. */
export function classifyDownloadFailure(output) {
  const text = String(output ?? '');
  if (/Electron builds are not available on platform/i.test(text)) return 'unsupported-platform';
  if (/did not match expected checksum|No checksum found|checksum/i.test(text)) return 'checksum';
  if (/HTTPError|Response code \d{3}/.test(text)) return 'http';
  if (
    /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|UND_ERR_|socket hang up|certificate|CERT_|self[- ]signed/i.test(
      text,
    )
  ) {
    return 'network';
  }
  return 'unknown';
}

/** First line that reads like an error message rather than a stack frame or a source excerpt. */
export function firstErrorLine(output) {
  const lines = String(output ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const message = lines.find((line) => /^[A-Za-z_]*(Error|Exception)\b.*:/.test(line));
  const fallback = lines.find((line) => !line.startsWith('at ') && !/^\^+$/.test(line) && !/^\/.*:\d+$/.test(line));
  return (message ?? fallback ?? '').slice(0, 300);
}

function httpStatus(output) {
  const match = /Response code (\d{3})/.exec(String(output ?? ''));
  return match ? Number(match[1]) : null;
}

function mirrorCommands(platform) {
  if (platform === 'win32') {
    return [
      `PowerShell:  $env:ELECTRON_MIRROR="${SUGGESTED_MIRROR}"; npm start`,
      `cmd.exe:     set ELECTRON_MIRROR=${SUGGESTED_MIRROR}&& npm start`,
    ];
  }
  return [`ELECTRON_MIRROR=${SUGGESTED_MIRROR} npm start`];
}

function proxyCommand(platform) {
  if (platform === 'win32') {
    return '$env:ELECTRON_GET_USE_PROXY="1"; $env:HTTPS_PROXY="http://proxy.example:8080"; npm start';
  }
  return 'ELECTRON_GET_USE_PROXY=1 HTTPS_PROXY=http://proxy.example:8080 npm start';
}

function reasonLine(kind, output) {
  switch (kind) {
    case 'network':
      return "The download host could not be reached (no network, a blocked host, or a proxy in the way).";
    case 'http': {
      const status = httpStatus(output);
      if (status === 404) return 'The download host answered 404: it has no file for this Electron version and platform.';
      if (status === 403) return 'The download host refused the request (403): something between you and it blocks it.';
      return `The download host answered with an error${status ? ` (HTTP ${status})` : ''}.`;
    }
    case 'checksum':
      return 'The downloaded file did not match its published checksum, so it was thrown away (a cut-off download, or a mirror or proxy that altered it).';
    case 'unsupported-platform':
      return 'Electron publishes no binary for this operating system.';
    default:
      return 'The downloader stopped with an error.';
  }
}

/**
 * The message `npm start` prints when install.js failed: what happened, why it matters, what to do.
 * `failure.output` is install.js's captured stderr; it is summarised, never dumped.
 */
export function formatDownloadFailure(failure, { platform = process.platform, env = {}, version = null } = {}) {
  const output = failure?.output ?? '';
  const kind = classifyDownloadFailure(output);
  const mirror = env.ELECTRON_MIRROR || env.npm_config_electron_mirror || null;
  const detail = firstErrorLine(output);
  const electronName = version ? `Electron ${version}` : 'Electron';

  const lines = [
    '',
    `Relocation Planner can't start: ${electronName}'s binary could not be downloaded.`,
    '',
    reasonLine(kind, output),
  ];
  if (mirror) lines.push(`The mirror you set was used: ${mirror}`);
  if (detail) lines.push(`Downloader said: ${detail}`);
  lines.push(
    '',
    "The app runs inside Electron. `npm install` doesn't fetch Electron's binary (install scripts are",
    "off in this project), so `npm start` fetches it once, on first run. Until that succeeds the app can't open.",
    '',
  );

  if (kind === 'unsupported-platform') {
    lines.push('What you can do:', '  Run the app on Windows, macOS or Linux.');
  } else {
    lines.push('What you can do:');
    if (mirror === SUGGESTED_MIRROR) {
      lines.push('  - The suggested mirror failed too: check your connection, or try another mirror.');
    } else {
      lines.push(
        mirror
          ? '  - Check the mirror address (it needs a trailing slash), or try this one:'
          : '  - Download from a mirror:',
      );
      for (const command of mirrorCommands(platform)) lines.push(`      ${command}`);
    }
    lines.push('  - Try again later: run `npm start` again once your connection is back.');
    lines.push('  - Behind a proxy? Tell the downloader about it:');
    lines.push(`      ${proxyCommand(platform)}`);
    if (kind === 'checksum') {
      lines.push('  - A checksum failure after retrying points at the mirror or proxy: try another one.');
    }
  }
  const debugHint =
    platform === 'win32'
      ? '$env:PLANNER_DEBUG="1"; npm start'
      : 'PLANNER_DEBUG=1 npm start';
  lines.push('', `To see the downloader's full output: ${debugHint}`, '');
  return lines.join('\n');
}

/** When `npm install` has not run, there is nothing to download with: say that instead. */
export function formatMissingDependencies() {
  return [
    '',
    "Relocation Planner can't start: its dependencies are not installed (node_modules/electron is missing).",
    '',
    'What you can do: run `npm install`, then `npm start`.',
    '',
  ].join('\n');
}

/**
 * Arguments for `electron-vite preview`; everything the person passed after `npm start --` goes to
 * the app itself (electron-vite forwards what follows its own `--` to Electron).
 */
export function previewArgs(extraArgs) {
  return extraArgs.length > 0 ? ['preview', '--', ...extraArgs] : ['preview'];
}

/** Exit code to hand back for a child that ended with (code, signal); a signal death is a failure. */
export function exitCodeFor(code, signal) {
  if (typeof code === 'number') return code;
  return signal ? 1 : 0;
}
