import { describe, expect, it } from 'vitest';
import { codeTogetherGroup, firstScreenChunks, staticClosure, type ModuleGraph } from '../../../scripts/vite/first-screen-chunk-plugin';

// A graph shaped like the renderer's: the entry imports React and the store and loads every screen and the
// start texts lazily; the overview imports the money formatters, which the offers screen shares; only the
// offers screen imports the chart library; the start texts import the country names and the money texts,
// which the overview imports too.
const imports: Record<string, string[]> = {
  '/r/main.tsx': ['/r/react.js', '/r/store.ts'],
  '/r/start.en.ts': ['/r/countries.en.ts', '/r/money-texts.ts'],
  '/r/store.ts': ['/r/react.js'],
  '/r/overview.tsx': ['/r/react.js', '/r/money.ts', '/r/money-texts.ts'],
  '/r/money.ts': ['/r/currencies.ts'],
  '/r/currencies.ts': ['/r/money.ts'],
  '/r/offers.tsx': ['/r/money.ts', '/r/chart.js'],
};
const dynamicImports: Record<string, string[]> = { '/r/main.tsx': ['/r/overview.tsx', '/r/offers.tsx', '/r/start.en.ts'] };
let questions = 0;
const graph: ModuleGraph = {
  getModuleInfo: (id) => {
    questions++;
    return id in imports || id in dynamicImports ? { importedIds: imports[id] ?? [], dynamicallyImportedIds: dynamicImports[id] ?? [] } : null;
  },
};
const roots = ['/r/main.tsx', '/r/overview.tsx'];
const chunks = [
  { name: 'index', roots },
  { name: 'start-messages.en', roots: ['/r/start.en.ts'] },
];

describe('first-screen chunk: the entry and the first screen in one file', () => {
  it('takes what the roots import statically, through cycles, and leaves lazy screens out', () => {
    expect([...staticClosure(roots, graph)].sort()).toEqual(['/r/currencies.ts', '/r/main.tsx', '/r/money-texts.ts', '/r/money.ts', '/r/overview.tsx', '/r/react.js', '/r/store.ts']);
  });

  it('names each module\'s chunk, the first whose closure holds it, working the closures out once per build', () => {
    const { group, reset } = codeTogetherGroup(chunks);
    questions = 0;
    expect(group.name('/r/money.ts', graph)).toBe('index');
    const afterFirst = questions;
    // Shared with the offers screen, but loaded first: in the chunk. The chart is the offers screen's alone.
    expect(group.name('/r/currencies.ts', graph)).toBe('index');
    expect(group.name('/r/offers.tsx', graph)).toBeNull();
    expect(group.name('/r/chart.js', graph)).toBeNull();
    // The start texts with their country names; the money texts the overview needs too stay with it.
    expect(group.name('/r/start.en.ts', graph)).toBe('start-messages.en');
    expect(group.name('/r/countries.en.ts', graph)).toBe('start-messages.en');
    expect(group.name('/r/money-texts.ts', graph)).toBe('index');
    expect(questions).toBe(afterFirst);
    reset();
    group.name('/r/chart.js', graph);
    expect(questions).toBeGreaterThan(afterFirst);
  });

  it('hands the group to the bundler and starts each build afresh', () => {
    const plugin = firstScreenChunks(chunks);
    const config = (plugin.config as () => { build: { rollupOptions: { output: { codeSplitting: { groups: { name: unknown; priority: number }[] } } } } })();
    const [group] = config.build.rollupOptions.output.codeSplitting.groups;
    expect(typeof group?.name).toBe('function');
    expect(group?.priority).toBeGreaterThan(0);
    expect(plugin.apply).toBe('build');
    expect(typeof plugin.buildStart).toBe('function');
  });
});
