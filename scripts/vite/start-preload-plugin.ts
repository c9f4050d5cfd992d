import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * The start texts are lazy chunks, one per language, so without help the page asks for them only once the
 * entry chunk has downloaded and run: a second round of requests on the way to the first screen (issue 16,
 * note 0024). This plugin names them in index.html so they download alongside the entry: per language, the
 * start texts' chunk and its imports, in <meta name="planner-start-preload">, which public/early-load.js
 * reads to preload only the language the person last saw. (The first screen's own code is in the entry
 * chunk: scripts/vite/first-screen-chunk-plugin.ts.)
 */
export const START_PRELOAD_META = 'planner-start-preload';

export interface StartPreloadEntries {
  /** Per language, the module of its start texts. */
  messages: Readonly<Record<string, string>>;
}

/** The part of a Rollup/Rolldown output chunk this needs (so the graph walk is testable with plain objects). */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  /** Every module in the chunk: a lazy module grouped with others (first-screen-chunk-plugin.ts) is no facade. */
  moduleIds: readonly string[];
  imports: readonly string[];
}
type BundleLike = Readonly<Record<string, ChunkLike | { type: 'asset'; fileName: string }>>;

function chunksOf(bundle: BundleLike): ChunkLike[] {
  return Object.values(bundle).filter((item): item is ChunkLike => item.type === 'chunk');
}

/** A chunk's file and every file it imports statically, in load order. */
function closure(start: ChunkLike, byFile: ReadonlyMap<string, ChunkLike>): string[] {
  const files: string[] = [];
  const visit = (chunk: ChunkLike) => {
    if (files.includes(chunk.fileName)) return;
    files.push(chunk.fileName);
    for (const imported of chunk.imports) {
      const next = byFile.get(imported);
      if (next) visit(next);
    }
  };
  visit(start);
  return files;
}

function findByModule(chunks: readonly ChunkLike[], suffix: string): ChunkLike {
  const found = chunks.find((chunk) => chunk.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(suffix)));
  if (!found) throw new Error(`start-preload: no chunk for ${suffix} (was it renamed?)`);
  return found;
}

/** The tag for index.html: files the entry loads anyway are left out; hrefs are relative, as `base: './'`. */
export function startPreloadTags(bundle: BundleLike, entryFile: string, entries: StartPreloadEntries): HtmlTagDescriptor[] {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = byFile.get(entryFile);
  const loadedByEntry = new Set(entry ? closure(entry, byFile) : []);
  const messages = Object.fromEntries(
    Object.entries(entries.messages).map(([language, suffix]) => [
      language,
      closure(findByModule(chunks, suffix), byFile)
        .filter((file) => !loadedByEntry.has(file))
        .map((file) => `./${file}`),
    ]),
  );
  // First in <head>: early-load.js reads it as the page is parsed.
  return [{ tag: 'meta', attrs: { name: START_PRELOAD_META, content: JSON.stringify(messages) }, injectTo: 'head-prepend' }];
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
