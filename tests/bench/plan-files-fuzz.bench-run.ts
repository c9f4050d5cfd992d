import { describe, it } from 'vitest';
import { runImportFuzz } from '../unit/electron/plan-files/import-fuzz-property';

/** The full count: 10,000 generated and mutated export files through read and apply on real files. */
describe('plan import fuzz', () => {
  it('10,000 cases: each refused with the data folder byte-identical, or imported into a valid plan', async () => {
    const started = performance.now();
    const counts = await runImportFuzz(10_000);
    console.info(`plan import fuzz: ${counts.refused} refused, ${counts.imported} imported, ${Math.round((performance.now() - started) / 1000)} s`);
  }, 1_800_000);
});
