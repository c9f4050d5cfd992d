import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { firstScreenChunks } from './scripts/vite/first-screen-chunk-plugin';
import { startPreload } from './scripts/vite/start-preload-plugin';

/**
 * Main and preload are bundled with their dependencies (externalizeDeps off) so the packaged app needs
 * nothing from node_modules at run time. The preload is CommonJS because sandboxed preloads cannot be ES
 * modules.
 */
const FIRST_SCREEN = 'renderer/features/overview/overview-view.tsx';
const START_MESSAGES = { en: 'renderer/i18n/start-messages.en.ts', 'zh-CN': 'renderer/i18n/start-messages.zh-CN.ts' };

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    // zod without run-time code generation, which the page's CSP forbids (renderer/zod-without-eval.ts).
    resolve: { alias: [{ find: /^zod$/, replacement: resolve('renderer/zod-without-eval.ts') }] },
    plugins: [
      react(),
      // The overview is drawn first: its code is in the entry chunk, and each language's start texts are one
      // file: 4 files of code and styles before the first paint where the bundler's defaults made 29 (note 0032).
      firstScreenChunks([
        { name: 'index', roots: [resolve('renderer/main.tsx'), resolve(FIRST_SCREEN)] },
        ...Object.entries(START_MESSAGES).map(([language, path]) => ({ name: `start-messages.${language}`, roots: [resolve(path)] })),
      ]),
      // The start texts of the language last shown download with the entry chunk instead of after it (note 0024).
      startPreload({ messages: START_MESSAGES }),
    ],
    build: {
      // PLANNER_RENDERER_OUT lets parallel test runs build into separate folders (tests/e2e reads the same variable).
      outDir: resolve(process.env.PLANNER_RENDERER_OUT ?? 'out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the first screen loads and parses ~3x less (issue 16).
      minify: process.env.PLANNER_NO_MINIFY !== '1',
      sourcemap: process.env.PLANNER_SOURCEMAP === '1',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
