/**
 * A module the store asks for on first use, loaded once: every later ask gets the same promise. A failed load
 * (a file missing from a broken install, a chunk that did not arrive) is forgotten, so the next ask tries again
 * rather than failing for the rest of the session.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}
