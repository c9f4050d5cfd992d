// `npm test`: every check, in the order that fails fastest. The end-to-end suite needs a Chromium;
// on a Debian or Ubuntu machine where we are root, Debian's own package is installed if it is missing
// (Playwright's browser download cannot work offline), elsewhere the message says what to install.
import { spawnSync } from 'node:child_process';
import { findChromium } from './lib/find-chromium.mjs';

function run(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

function ensureChromium() {
  const found = findChromium();
  if (found && hasPdfTools()) return found;
  if (found && process.platform !== 'linux') return found;
  const isRootOnDebian = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!isRootOnDebian) {
    console.error(
      'The end-to-end tests need Chromium and none was found.\n' +
        'Install it (Debian/Ubuntu: sudo apt-get install -y chromium poppler-utils) or set PLANNER_CHROMIUM to a Chromium or Chrome\n' +
        'executable. poppler-utils (pdftotext, pdftoppm) lets the tests read the PDFs the app prints.',
    );
    process.exit(1);
  }
  run('Installing Debian’s Chromium and poppler-utils for the end-to-end tests', 'sh', [
    '-c',
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils',
  ]);
  const installed = findChromium();
  if (!installed) {
    console.error('Chromium was installed but could not be found at /usr/bin/chromium. Set PLANNER_CHROMIUM to its path.');
    process.exit(1);
  }
  return installed;
}

function hasPdfTools() {
  return spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdftoppm'], { stdio: 'ignore' }).status === 0;
}

const bin = (name) => `node_modules/.bin/${name}`;
const chromium = ensureChromium();
run('Type check (Node side)', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
run('Type check (web side)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
run('Type check (end-to-end tests)', bin('tsc'), ['-p', 'tsconfig.e2e.json', '--noEmit']);
run('Lint', bin('eslint'), ['--max-warnings', '0', '.']);
run('Unit tests', bin('vitest'), ['run']);
run('Build', bin('electron-vite'), ['build']);
run('End-to-end tests', bin('playwright'), ['test'], { env: { ...process.env, PLANNER_CHROMIUM: chromium } });
