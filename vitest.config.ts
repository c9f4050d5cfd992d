// Deadline and date tests run in a zone with daylight-saving changes, so a DST slip would show.
process.env.TZ = 'America/New_York';

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup/edit-tools.ts'],
  },
});
