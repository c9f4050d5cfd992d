import { describe, expect, it } from 'vitest';
import { START_PRELOAD_META, startPreloadTags, type ChunkLike } from '../../../scripts/vite/start-preload-plugin';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], css: string[] = []): ChunkLike => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  imports,
  viteMetadata: { importedCss: new Set(css) },
});

// A bundle shaped like the renderer's: the entry imports react and a shared date chunk; the overview imports
// the same date chunk and a forms chunk with its CSS; each language's start texts import a shared table.
const bundle = Object.fromEntries(
  [
    chunk('assets/index.js', '/app/renderer/index.html', ['assets/react.js', 'assets/dates.js'], ['assets/index.css']),
    chunk('assets/react.js', null),
    chunk('assets/dates.js', null),
    chunk('assets/overview-view.js', '/app/renderer/features/overview/overview-view.tsx', ['assets/dates.js', 'assets/forms.js'], ['assets/overview.css']),
    chunk('assets/forms.js', null, [], ['assets/forms.css', 'assets/index.css']),
    chunk('assets/start.en.js', '/app/renderer/i18n/start-messages.en.ts', ['assets/world.en.js']),
    chunk('assets/world.en.js', '/app/renderer/features/tax/world-ui-messages.en.ts'),
    chunk('assets/start.zh.js', 'C:\\app\\renderer\\i18n\\start-messages.zh-CN.ts', ['assets/dates.js']),
    { type: 'asset' as const, fileName: 'assets/index.css' },
  ].map((item) => [item.fileName, item]),
);
const entries = {
  screen: 'renderer/features/overview/overview-view.tsx',
  messages: { en: 'renderer/i18n/start-messages.en.ts', 'zh-CN': 'renderer/i18n/start-messages.zh-CN.ts' },
};

describe('start preload: the first screen and its texts listed in index.html', () => {
  const tags = startPreloadTags(bundle, 'assets/index.js', entries);

  it('preloads the first screen and what it imports, but nothing the entry loads anyway', () => {
    const modules = tags.filter((tag) => tag.attrs?.rel === 'modulepreload').map((tag) => tag.attrs?.href);
    // dates.js comes with the entry; the overview adds itself and forms.js.
    expect(modules).toEqual(['./assets/overview-view.js', './assets/forms.js']);
    const styles = tags.filter((tag) => tag.attrs?.as === 'style').map((tag) => tag.attrs?.href);
    // index.css is the entry's own stylesheet.
    expect(styles).toEqual(['./assets/overview.css', './assets/forms.css']);
    // As vite's own preloads are fetched (crossorigin), so the later request reuses them.
    for (const tag of tags.filter((item) => item.tag === 'link')) expect(tag.attrs?.crossorigin).toBe(true);
  });

  it('lists each language\'s start texts with their imports for early-load.js, first in <head>', () => {
    const meta = tags.find((tag) => tag.attrs?.name === START_PRELOAD_META);
    expect(meta?.injectTo).toBe('head-prepend');
    // The zh-CN module is found from a Windows path too; its dates.js import is already the entry's.
    expect(JSON.parse(String(meta?.attrs?.content))).toEqual({
      en: ['./assets/start.en.js', './assets/world.en.js'],
      'zh-CN': ['./assets/start.zh.js'],
    });
  });

  it('fails the build when a listed module is no longer its own chunk', () => {
    expect(() => startPreloadTags(bundle, 'assets/index.js', { ...entries, screen: 'renderer/features/overview/renamed.tsx' })).toThrow(/no chunk for/);
  });
});
