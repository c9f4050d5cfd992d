import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The first screen's code and texts are lazy chunks (the overview and the active language's start texts), so
 * without help the page asks for them only once the entry chunk has downloaded and run: a second round of
 * requests on the way to the first screen (issue 16, note 0024). This plugin names those chunks in
 * index.html so they download alongside the entry:
 * - the first screen's chunk and everything it imports, as <link rel="modulepreload"> (CSS as a preload);
 * - per language, the start texts' chunk and its imports, in <meta name="planner-start-preload">, which
 *   public/early-load.js reads to preload only the language the person last saw.
 */
export const START_PRELOAD_META = 'planner-start-preload';

export interface StartPreloadEntries {
  /** The first screen's module, as the end of its path (renderer/features/overview/overview-view.tsx). */
  screen: string;
  /** Per language, the module of its start texts. */
  messages: Readonly<Record<string, string>>;
}

/** The part of a Rollup/Rolldown output chunk this needs (so the graph walk is testable with plain objects). */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: readonly string[];
  viteMetadata?: { importedCss: Set<string> };
}
type BundleLike = Readonly<Record<string, ChunkLike | { type: 'asset'; fileName: string }>>;

function chunksOf(bundle: BundleLike): ChunkLike[] {
  return Object.values(bundle).filter((item): item is ChunkLike => item.type === 'chunk');
}

/** A chunk's file and every file it imports statically, with their CSS, in load order. */
function closure(start: ChunkLike, byFile: ReadonlyMap<string, ChunkLike>): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (chunk: ChunkLike) => {
    if (js.includes(chunk.fileName)) return;
    js.push(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) visit(next);
    }
  };
  visit(start);
  return { js, css: [...css] };
}

function findByModule(chunks: readonly ChunkLike[], suffix: string): ChunkLike {
  const found = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(suffix));
  if (!found) throw new Error(`start-preload: no chunk for ${suffix} (was it renamed, or is it no longer lazy?)`);
  return found;
}

/** The tags for index.html: files the entry loads anyway are left out; hrefs are relative, as `base: './'`. */
export function startPreloadTags(bundle: BundleLike, entryFile: string, entries: StartPreloadEntries): HtmlTagDescriptor[] {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = byFile.get(entryFile);
  const fromEntry = entry ? closure(entry, byFile) : { js: [], css: [] };
  const loadedByEntry = new Set([...fromEntry.js, ...fromEntry.css]);
  const href = (file: string) => `./${file}`;
  const screen = closure(findByModule(chunks, entries.screen), byFile);
  const messages = Object.fromEntries(
    Object.entries(entries.messages).map(([language, suffix]) => [
      language,
      closure(findByModule(chunks, suffix), byFile).js.filter((file) => !loadedByEntry.has(file)).map(href),
    ]),
  );
  return [
    // First in <head>: early-load.js reads it as the page is parsed.
    { tag: 'meta', attrs: { name: START_PRELOAD_META, content: JSON.stringify(messages) }, injectTo: 'head-prepend' },
    ...screen.js.filter((file) => !loadedByEntry.has(file)).map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: href(file) }, injectTo: 'head' })),
    ...screen.css.filter((file) => !loadedByEntry.has(file)).map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'preload', as: 'style', crossorigin: true, href: href(file) }, injectTo: 'head' })),
  ];
}

export function startPreload(entries: StartPreloadEntries): Plugin {
  return {
    name: 'planner-start-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.chunk) return html;
        return { html, tags: startPreloadTags(context.bundle as unknown as BundleLike, context.chunk.fileName, entries) };
      },
    },
  };
}
