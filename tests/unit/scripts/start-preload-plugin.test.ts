import { describe, expect, it } from 'vitest';
import { START_PRELOAD_META, startPreloadTags, type ChunkLike } from '../../../scripts/vite/start-preload-plugin';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], moduleIds = facadeModuleId ? [facadeModuleId] : []): ChunkLike => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  moduleIds,
  imports,
});

// A bundle shaped like the renderer's: the entry imports react and a shared date chunk; each language's start
// texts are a lazy chunk, the English one importing a table of its own, the Chinese one the shared dates.
const bundle = Object.fromEntries(
  [
    chunk('assets/index.js', '/app/renderer/index.html', ['assets/react.js', 'assets/dates.js']),
    chunk('assets/react.js', null),
    chunk('assets/dates.js', null),
    chunk('assets/start.en.js', '/app/renderer/i18n/start-messages.en.ts', ['assets/world.en.js']),
    chunk('assets/world.en.js', '/app/renderer/features/tax/world-ui-messages.en.ts'),
    // Grouped with its country names (first-screen-chunk-plugin.ts), the Chinese texts' chunk has no facade.
    chunk('assets/start.zh.js', null, ['assets/dates.js'], ['C:\\app\\renderer\\i18n\\start-messages.zh-CN.ts', 'C:\\app\\renderer\\features\\tax\\world-ui-messages.zh-CN.ts']),
    { type: 'asset' as const, fileName: 'assets/index.css' },
  ].map((item) => [item.fileName, item]),
);
const entries = {
  messages: { en: 'renderer/i18n/start-messages.en.ts', 'zh-CN': 'renderer/i18n/start-messages.zh-CN.ts' },
};

describe('start preload: the start texts listed in index.html', () => {
  const tags = startPreloadTags(bundle, 'assets/index.js', entries);

  it('lists each language\'s start texts with their imports for early-load.js, first in <head>', () => {
    const meta = tags.find((tag) => tag.attrs?.name === START_PRELOAD_META);
    expect(meta?.injectTo).toBe('head-prepend');
    expect(tags).toHaveLength(1);
    // The zh-CN module is found from a Windows path too; its dates.js import is already the entry's.
    expect(JSON.parse(String(meta?.attrs?.content))).toEqual({
      en: ['./assets/start.en.js', './assets/world.en.js'],
      'zh-CN': ['./assets/start.zh.js'],
    });
  });

  it('fails the build when a listed module is no longer its own chunk', () => {
    expect(() => startPreloadTags(bundle, 'assets/index.js', { messages: { ...entries.messages, en: 'renderer/i18n/renamed.en.ts' } })).toThrow(/no chunk for/);
  });
});
