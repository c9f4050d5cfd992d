import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  SUGGESTED_MIRROR,
  classifyDownloadFailure,
  exitCodeFor,
  firstErrorLine,
  formatDownloadFailure,
  getPlatformPath,
  hasUsableElectron,
  isElectronInstalled,
  previewArgs,
} from '../../../scripts/lib/electron-binary.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
const VERSION = '45.4.1';

// What node_modules/electron/install.js printed on this project's offline machines.
const OFFLINE_STDERR = `TypeError: fetch failed
    at node:internal/deps/undici/undici:14976:13
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:46:30)
    at async downloadArtifact (file:///work/main/node_modules/@electron/get/dist/index.js:154:12)
`;
const NOT_FOUND_STDERR = `HTTPError: Response code 404 (Not Found) for https://example.test/mirror/v45.4.1/electron-v45.4.1-linux-x64.zip
    at FetchDownloader.download (file:///work/main/node_modules/@electron/get/dist/FetchDownloader.js:48:23)
`;
const CHECKSUM_STDERR = `Error: Generated checksum for "electron-v45.4.1-linux-x64.zip" did not match expected checksum.
    at ChecksumValidator.validate (/work/main/node_modules/sumchecker/index.js:133:20)
`;
const UNSUPPORTED_STDERR = `/work/main/node_modules/electron/install.js:116
      throw new Error('Electron builds are not available on platform: ' + platform);
      ^

Error: Electron builds are not available on platform: sunos
    at getPlatformPath (/work/main/node_modules/electron/install.js:116:13)
`;

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A node_modules/electron lookalike on disk; `complete` lays out what a finished install leaves. */
function fakeElectronDir(options: { complete?: boolean; distVersion?: string; pathTxt?: string; executable?: string } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-electron-'));
  tempDirs.push(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
  if (options.complete === false) return dir;
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'version'), options.distVersion ?? `v${VERSION}`);
  fs.writeFileSync(path.join(dir, 'path.txt'), options.pathTxt ?? 'electron');
  const executable = options.executable ?? 'electron';
  fs.mkdirSync(path.dirname(path.join(dir, 'dist', executable)), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist', executable), '');
  return dir;
}

describe('getPlatformPath', () => {
  it('names the executable install.js writes to path.txt', () => {
    expect(getPlatformPath('linux')).toBe('electron');
    expect(getPlatformPath('freebsd')).toBe('electron');
    expect(getPlatformPath('win32')).toBe('electron.exe');
    expect(getPlatformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(getPlatformPath('mas')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(getPlatformPath('sunos')).toBeNull();
  });
});

describe('isElectronInstalled', () => {
  const linux = { env: {}, platform: 'linux' };

  it('accepts a complete install', () => {
    expect(isElectronInstalled(fakeElectronDir(), linux)).toBe(true);
  });

  it('accepts dist/version with or without the leading v', () => {
    expect(isElectronInstalled(fakeElectronDir({ distVersion: VERSION }), linux)).toBe(true);
  });

  it('rejects a package that was never downloaded (the state after npm install with ignore-scripts)', () => {
    expect(isElectronInstalled(fakeElectronDir({ complete: false }), linux)).toBe(false);
  });

  it('rejects a binary left over from another Electron version', () => {
    expect(isElectronInstalled(fakeElectronDir({ distVersion: 'v44.0.0' }), linux)).toBe(false);
  });

  it('rejects a path.txt written for another platform', () => {
    expect(isElectronInstalled(fakeElectronDir({ pathTxt: 'electron.exe' }), linux)).toBe(false);
  });

  it('rejects an install whose executable is gone', () => {
    const dir = fakeElectronDir();
    fs.rmSync(path.join(dir, 'dist', 'electron'));
    expect(isElectronInstalled(dir, linux)).toBe(false);
  });

  it('rejects a folder without package.json and an unsupported platform', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'planner-electron-'));
    tempDirs.push(empty);
    expect(isElectronInstalled(empty, linux)).toBe(false);
    expect(isElectronInstalled(fakeElectronDir(), { env: {}, platform: 'sunos' })).toBe(false);
  });

  it('follows ELECTRON_INSTALL_PLATFORM and ELECTRON_OVERRIDE_DIST_PATH as install.js does', () => {
    const windows = fakeElectronDir({ pathTxt: 'electron.exe', executable: 'electron.exe' });
    expect(isElectronInstalled(windows, { env: { ELECTRON_INSTALL_PLATFORM: 'win32' }, platform: 'linux' })).toBe(true);

    const dir = fakeElectronDir();
    fs.rmSync(path.join(dir, 'dist', 'electron'));
    const elsewhere = path.join(dir, 'custom-electron');
    fs.writeFileSync(elsewhere, '');
    expect(isElectronInstalled(dir, { env: { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, platform: 'linux' })).toBe(true);
  });

  it('agrees with electron install.js, which exits 0 without downloading when it sees an install', () => {
    const dir = fakeElectronDir({ pathTxt: getPlatformPath(process.platform) ?? 'electron', executable: getPlatformPath(process.platform) ?? 'electron' });
    fs.copyFileSync(path.join(projectRoot, 'node_modules', 'electron', 'install.js'), path.join(dir, 'install.js'));
    expect(isElectronInstalled(dir, { env: {}, platform: process.platform })).toBe(true);

    const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: path.join(projectRoot, 'node_modules') };
    for (const name of Object.keys(env)) if (/^(ELECTRON_|npm_config_(platform|arch))/.test(name)) delete env[name];
    const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], { cwd: dir, env, encoding: 'utf-8', timeout: 20_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('hasUsableElectron', () => {
  it('takes an existing ELECTRON_EXEC_PATH (electron-vite launches it) over node_modules/electron', () => {
    const notDownloaded = fakeElectronDir({ complete: false });
    const ownElectron = path.join(notDownloaded, 'my-electron');
    fs.writeFileSync(ownElectron, '');
    expect(hasUsableElectron(notDownloaded, { env: { ELECTRON_EXEC_PATH: ownElectron }, platform: 'linux' })).toBe(true);
    expect(hasUsableElectron(notDownloaded, { env: { ELECTRON_EXEC_PATH: `${ownElectron}-gone` }, platform: 'linux' })).toBe(false);
    expect(hasUsableElectron(notDownloaded, { env: {}, platform: 'linux' })).toBe(false);
    expect(hasUsableElectron(fakeElectronDir(), { env: {}, platform: 'linux' })).toBe(true);
  });
});

describe('classifyDownloadFailure', () => {
  it('sorts the downloader errors seen in practice', () => {
    expect(classifyDownloadFailure(OFFLINE_STDERR)).toBe('network');
    expect(classifyDownloadFailure('RequestError: getaddrinfo ENOTFOUND github.com')).toBe('network');
    expect(classifyDownloadFailure('Error: connect ECONNREFUSED 127.0.0.1:8080')).toBe('network');
    expect(classifyDownloadFailure(NOT_FOUND_STDERR)).toBe('http');
    expect(classifyDownloadFailure(CHECKSUM_STDERR)).toBe('checksum');
    expect(classifyDownloadFailure(UNSUPPORTED_STDERR)).toBe('unsupported-platform');
    expect(classifyDownloadFailure('Error: EACCES: permission denied, mkdir')).toBe('unknown');
    expect(classifyDownloadFailure(undefined)).toBe('unknown');
  });
});

describe('firstErrorLine', () => {
  it('picks the error message, not the source excerpt or stack frames', () => {
    expect(firstErrorLine(OFFLINE_STDERR)).toBe('TypeError: fetch failed');
    expect(firstErrorLine(UNSUPPORTED_STDERR)).toBe('Error: Electron builds are not available on platform: sunos');
    expect(firstErrorLine('')).toBe('');
  });
});

describe('formatDownloadFailure', () => {
  const hasStackFrame = (text: string) => text.split('\n').some((line) => /^\s+at\s/.test(line));

  it('says what happened, why it matters and how to fix it, without a stack trace', () => {
    const message = formatDownloadFailure({ output: OFFLINE_STDERR }, { platform: 'linux', env: {}, version: VERSION });
    expect(message).toContain(`Electron ${VERSION}'s binary could not be downloaded`);
    expect(message).toContain('could not be reached');
    expect(message).toContain("the app can't open");
    expect(message).toContain(`ELECTRON_MIRROR=${SUGGESTED_MIRROR} npm start`);
    expect(message).toContain('Try again later');
    expect(message).toContain('HTTPS_PROXY=');
    expect(message).toContain('PLANNER_DEBUG=1 npm start');
    expect(hasStackFrame(message)).toBe(false);
    expect(message).not.toContain('node_modules/@electron/get');
  });

  it('gives Windows users PowerShell and cmd.exe commands', () => {
    const message = formatDownloadFailure({ output: OFFLINE_STDERR }, { platform: 'win32', env: {} });
    expect(message).toContain(`$env:ELECTRON_MIRROR="${SUGGESTED_MIRROR}"; npm start`);
    expect(message).toContain(`set ELECTRON_MIRROR=${SUGGESTED_MIRROR}&& npm start`);
    expect(message).toContain('$env:PLANNER_DEBUG="1"; npm start');
    expect(message).not.toContain(`ELECTRON_MIRROR=${SUGGESTED_MIRROR} npm start`);
  });

  it('names a mirror the person already set and explains a 404 from it', () => {
    const env = { ELECTRON_MIRROR: 'https://example.test/mirror/' };
    const message = formatDownloadFailure({ output: NOT_FOUND_STDERR }, { platform: 'linux', env });
    expect(message).toContain('answered 404');
    expect(message).toContain('The mirror you set was used: https://example.test/mirror/');
    expect(message).toContain('trailing slash');
    expect(hasStackFrame(message)).toBe(false);
  });

  it('does not suggest the mirror that just failed', () => {
    const message = formatDownloadFailure({ output: OFFLINE_STDERR }, { platform: 'linux', env: { ELECTRON_MIRROR: SUGGESTED_MIRROR } });
    expect(message).toContain('The suggested mirror failed too');
    expect(message).not.toContain(`ELECTRON_MIRROR=${SUGGESTED_MIRROR} npm start`);
  });

  it('explains a checksum failure and an unsupported platform', () => {
    expect(formatDownloadFailure({ output: CHECKSUM_STDERR }, { platform: 'linux' })).toContain('did not match its published checksum');
    const unsupported = formatDownloadFailure({ output: UNSUPPORTED_STDERR }, { platform: 'sunos' });
    expect(unsupported).toContain('no binary for this operating system');
    expect(unsupported).not.toContain('ELECTRON_MIRROR');
  });

  it('still reads well when nothing was captured', () => {
    const message = formatDownloadFailure(null, { platform: 'linux' });
    expect(message).toContain("Electron's binary could not be downloaded");
    expect(message).not.toContain('Downloader said');
  });
});

describe('previewArgs and exitCodeFor', () => {
  it('passes the person’s arguments to Electron through electron-vite’s --', () => {
    expect(previewArgs([])).toEqual(['preview']);
    expect(previewArgs(['--data-dir=/tmp/x y'])).toEqual(['preview', '--', '--data-dir=/tmp/x y']);
  });

  it('keeps the child’s exit code and turns a signal death into a failure', () => {
    expect(exitCodeFor(0, null)).toBe(0);
    expect(exitCodeFor(3, null)).toBe(3);
    expect(exitCodeFor(null, 'SIGKILL')).toBe(1);
  });
});
