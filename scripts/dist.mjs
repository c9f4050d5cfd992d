#!/usr/bin/env node
// `npm run dist`: build main, preload and renderer with electron-vite, then package them with
// electron-builder (electron-builder.yml) for the current platform. Extra arguments go to
// electron-builder, e.g. `npm run dist -- --linux AppImage`. Installers land in release/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitCodeFor } from './lib/electron-binary.mjs';
import { cleanBuilderLine, formatBuilderFailure } from './lib/dist-output.mjs';
import { resolveBinScript, runNodeScript } from './lib/node-bin.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isDebug = Boolean(process.env.PLANNER_DEBUG);

async function main() {
  const build = await runNodeScript(resolveBinScript(projectRoot, 'electron-vite'), ['build'], { cwd: projectRoot });
  if (build.code !== 0) {
    process.stderr.write('\nPackaging stopped: `electron-vite build` failed; fix the errors above and run it again.\n');
    return exitCodeFor(build.code, build.signal) || 1;
  }

  // electron-builder prints its errors, stack included, on stdout: read both streams so the stack
  // can be held back (shown only with PLANNER_DEBUG) while progress still appears as it happens.
  let output = '';
  const onLine = (line, stream) => {
    output += `${line}\n`;
    const shown = isDebug ? line : cleanBuilderLine(line);
    if (shown !== null) (stream === 'stderr' ? process.stderr : process.stdout).write(`${shown}\n`);
  };
  const builder = await runNodeScript(resolveBinScript(projectRoot, 'electron-builder'), process.argv.slice(2), {
    cwd: projectRoot,
    onLine,
  });
  if (builder.code !== 0 || builder.signal) {
    process.stderr.write(formatBuilderFailure(output, { platform: process.platform }));
    return exitCodeFor(builder.code, builder.signal) || 1;
  }
  console.log(`\nDone: installers are in ${path.join(projectRoot, 'release')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`\nnpm run dist failed: ${error?.message ?? error}\n`);
    if (isDebug) process.stderr.write(`${error?.stack ?? ''}\n`);
    else process.stderr.write('Run again with PLANNER_DEBUG=1 to see details.\n');
    process.exit(1);
  },
);
