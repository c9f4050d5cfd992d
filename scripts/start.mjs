#!/usr/bin/env node
// `npm start`: make sure Electron's binary is there (install scripts are off, see
// docs/decisions/0002-electron-binary-download.md), then build and open the app with
// `electron-vite preview`. Arguments after `npm start --` go to the app.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  exitCodeFor,
  formatDownloadFailure,
  formatMissingDependencies,
  hasUsableElectron,
  isElectronInstalled,
  previewArgs,
  readElectronVersion,
} from './lib/electron-binary.mjs';
import { resolveBinScript, runNodeScript } from './lib/node-bin.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(projectRoot, 'node_modules', 'electron');
const isDebug = Boolean(process.env.PLANNER_DEBUG);

// A 100 MB download prints nothing while its stderr is captured, so say now and then that it is alive.
const PROGRESS_INTERVAL_MS = 20_000;

async function downloadElectron(version) {
  const name = version ? `Electron ${version}` : 'Electron';
  console.log(`Downloading ${name} once (about 100 MB); later starts skip this.`);
  const startedAt = Date.now();
  const ticker = setInterval(() => {
    console.log(`  still downloading (${Math.round((Date.now() - startedAt) / 1000)} s)...`);
  }, PROGRESS_INTERVAL_MS);
  try {
    // install.js reads ELECTRON_MIRROR, ELECTRON_CUSTOM_DIR, proxies etc. from the inherited env.
    return await runNodeScript(path.join(electronDir, 'install.js'), [], {
      cwd: electronDir,
      captureStderr: true,
    });
  } finally {
    clearInterval(ticker);
  }
}

async function main() {
  if (!fs.existsSync(path.join(electronDir, 'package.json'))) {
    process.stderr.write(formatMissingDependencies());
    return 1;
  }

  const probe = { env: process.env, platform: process.platform };
  if (process.env.ELECTRON_EXEC_PATH && !hasUsableElectron(electronDir, probe)) {
    process.stderr.write(
      `\nRelocation Planner can't start: ELECTRON_EXEC_PATH points at ${process.env.ELECTRON_EXEC_PATH}, which does not exist.\n` +
        'What you can do: fix that path, or unset ELECTRON_EXEC_PATH to use the Electron from node_modules.\n\n',
    );
    return 1;
  }
  if (!hasUsableElectron(electronDir, probe)) {
    const version = readElectronVersion(electronDir);
    const result = await downloadElectron(version);
    if (result.code !== 0 || !isElectronInstalled(electronDir, probe)) {
      process.stderr.write(
        formatDownloadFailure({ output: result.stderr }, { platform: process.platform, env: process.env, version }),
      );
      if (isDebug) process.stderr.write(`--- downloader output ---\n${result.stderr}\n`);
      return 1;
    }
    console.log('Electron is ready.');
  }

  const electronVite = resolveBinScript(projectRoot, 'electron-vite');
  const { code, signal } = await runNodeScript(electronVite, previewArgs(process.argv.slice(2)), {
    cwd: projectRoot,
  });
  return exitCodeFor(code, signal);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    // Anything unexpected (e.g. node itself could not be spawned): one line, details on request.
    process.stderr.write(`\nnpm start failed: ${error?.message ?? error}\n`);
    if (isDebug) process.stderr.write(`${error?.stack ?? ''}\n`);
    else process.stderr.write('Run again with PLANNER_DEBUG=1 to see details.\n');
    process.exit(1);
  },
);
