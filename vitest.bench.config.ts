import { defineConfig } from 'vitest/config';

/** `npm run bench`: figures as ratios to baselines measured in the same run (tests/bench/measure.ts). */
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench-run.ts'],
    environment: 'node',
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
