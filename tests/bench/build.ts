import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const run = promisify(execFile);

export interface BuiltPages {
  /** The planner's renderer, built by electron-vite exactly as `npm run build` does. */
  app: string;
  /** A bare React 19 counter, built by the same vite with its defaults: the bundle-size baseline. */
  counter: string;
  /** A bare React page drawing N rows of the same plan: the time and memory baseline. */
  rows: string;
}

export async function buildPages(outRoot: string): Promise<BuiltPages> {
  const pages: BuiltPages = { app: join(outRoot, 'app'), counter: join(outRoot, 'counter'), rows: join(outRoot, 'rows') };
  await run('npx', ['electron-vite', 'build'], { env: { ...process.env, NODE_ENV: 'production', PLANNER_RENDERER_OUT: pages.app }, maxBuffer: 64 * 1024 * 1024 });
  // vitest runs with NODE_ENV=test, which would make vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  for (const name of ['counter', 'rows'] as const) {
    await build({
      mode: 'production',
      root: resolve('tests/bench/baselines', name),
      base: './',
      plugins: [react()],
      logLevel: 'warn',
      configFile: false,
      build: { outDir: pages[name], emptyOutDir: true },
    });
  }
  process.env.NODE_ENV = nodeEnv;
  return pages;
}

/** Brotli (quality 11, as a server or installer would) of one file. */
export function brotliSize(bytes: Uint8Array): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export async function brotliOfFiles(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) total += brotliSize(await readFile(path));
  return total;
}

/** Every .js and .css file a build wrote (the counter loads all of its files at once). */
export async function scriptsAndStyles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => /\.(js|css)$/.test(name)).map((name) => join(dir, name));
}
