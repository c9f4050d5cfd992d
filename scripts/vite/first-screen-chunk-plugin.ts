import type { Plugin } from 'vite';

/**
 * Puts the code the first screen needs into as few files as it can be (issue 16, note 0032): the entry and
 * the overview with everything they import statically in one chunk, and each language's start texts with
 * their tables in one more. Left to itself the bundler split that code into 29 files of code and styles
 * (shared pieces such as the JSX runtime or the money formatters, each a common chunk of its own because a
 * later screen imports it too), and the page asked for every one of them before it could draw, where a
 * bare React page asks for one. All of that code runs before the first screen anyway, so fewer files cost no byte more.
 * Later screens still load lazily, each with what only it needs; what they share with the first screen is
 * already loaded.
 */
export interface CodeTogether {
  /** The chunk's name: the entry's ("index") keeps its file index-<hash>.js. */
  name: string;
  /** Absolute paths of the modules whose static imports make the chunk. */
  roots: readonly string[];
}

/** What the bundler tells about a module while it chunks (Rolldown's ChunkingContext.getModuleInfo). */
export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module reachable from `roots` through static imports (dynamic imports stay lazy). */
export function staticClosure(roots: readonly string[], graph: ModuleGraph): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return found;
}

/**
 * The group for the bundler's `codeSplitting.groups`: its `name` callback answers, for a module, the first
 * chunk in `chunks` whose closure holds it (so a table both the overview and the start texts import goes
 * with the overview, which loads first), and null for any other module, which the bundler splits as before.
 * The closures are worked out on the first question of each build (`reset` starts a new one).
 */
export function codeTogetherGroup(chunks: readonly CodeTogether[]) {
  let closures: { name: string; members: Set<string> }[] | null = null;
  return {
    reset: () => {
      closures = null;
    },
    group: {
      name: (id: string, graph: ModuleGraph): string | null => {
        closures ??= chunks.map((chunk) => ({ name: chunk.name, members: staticClosure(chunk.roots, graph) }));
        return closures.find((closure) => closure.members.has(id))?.name ?? null;
      },
      // Ahead of the bundler's own splitting of shared modules.
      priority: 10,
    },
  };
}

export function firstScreenChunks(chunks: readonly CodeTogether[]): Plugin {
  const { reset, group } = codeTogetherGroup(chunks);
  return {
    name: 'planner-first-screen-chunks',
    apply: 'build',
    config: () => ({ build: { rollupOptions: { output: { codeSplitting: { groups: [group] } } } } }),
    buildStart: reset,
  };
}
