// Runs a dependency's CLI the way node_modules/.bin would, but as `node <its script>`: on Windows
// .bin holds .cmd shims, which Node refuses to spawn without a shell (since the 2024 spawn fix),
// and a shell would re-split arguments such as paths with spaces.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

/** Absolute path of `binName`'s script, read from the package's own package.json "bin" field. */
export function resolveBinScript(projectRoot, packageName, binName = packageName) {
  const packageDir = path.join(projectRoot, 'node_modules', packageName);
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf-8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
  if (typeof bin !== 'string') throw new Error(`${packageName} has no "${binName}" command`);
  return path.join(packageDir, bin);
}

/**
 * Runs `node script ...args` and resolves with how it ended. With captureStderr the child's stderr
 * is collected (and not shown) so the caller can summarise it; with onLine both streams are read
 * line by line and handed to it instead of being shown. Ctrl+C reaches the child through the
 * terminal already, so this process waits for the child to finish rather than dying first; SIGTERM
 * (from a process manager or CI) does not reach it, so it is passed on.
 */
export function runNodeScript(script, args, { cwd, env = process.env, captureStderr = false, onLine } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd,
      env,
      stdio: ['inherit', onLine ? 'pipe' : 'inherit', captureStderr || onLine ? 'pipe' : 'inherit'],
    });
    let stderr = '';
    if (onLine) {
      readline.createInterface({ input: child.stdout }).on('line', (line) => onLine(line, 'stdout'));
      readline.createInterface({ input: child.stderr }).on('line', (line) => onLine(line, 'stderr'));
    } else if (captureStderr) {
      child.stderr.setEncoding('utf-8');
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
    }
    const ignoreInterrupt = () => {};
    const forwardTerminate = () => child.kill('SIGTERM');
    process.on('SIGINT', ignoreInterrupt);
    process.on('SIGTERM', forwardTerminate);
    const cleanUp = () => {
      process.off('SIGINT', ignoreInterrupt);
      process.off('SIGTERM', forwardTerminate);
    };
    child.on('error', (error) => {
      cleanUp();
      reject(error);
    });
    child.on('close', (code, signal) => {
      cleanUp();
      resolve({ code, signal, stderr });
    });
  });
}
