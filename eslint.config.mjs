import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The rooms stay apart mechanically: shared/ imports nothing from Node, the DOM or Electron; renderer/
 * imports neither electron nor Node. (DOM globals in shared/ are caught by tsconfig: the node config
 * has no DOM lib, the web config has no Node types, and shared/ is type-checked by both.)
 */
const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http',
  'http2', 'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'timers', 'tls',
  'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];
const nodeImports = [
  { group: ['node:*'], message: 'Node modules are not allowed here.' },
  ...NODE_BUILTINS.map((name) => ({ group: [name, `${name}/*`], message: 'Node modules are not allowed here.' })),
];
const electronImports = [{ group: ['electron', 'electron/*', '@electron/*'], message: 'Electron is not allowed here.' }];
const platformPackages = [{ group: ['lowdb', 'lowdb/*', 'steno', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'shared/ holds platform-free logic only.' }];

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeImports, ...electronImports, ...platformPackages] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [...nodeImports, ...electronImports] }],
      'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
    },
  },
  {
    // Plain scripts copied into the renderer as they are (vite's public folder).
    files: ['renderer/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'eslint.config.mjs'],
    languageOptions: { globals: globals.node },
  },
);
