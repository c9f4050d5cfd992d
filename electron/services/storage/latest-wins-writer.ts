/**
 * Serializes writes of a whole-document value. Writes never overlap, and when several values arrive while one
 * is being written only the newest is written next: each document replaces the previous one entirely, so
 * writing the ones in between would only cost time. Every `submit` settles after a write at least as new as
 * its own value has finished, so a resolved submit always means "this or something newer is durable".
 */
export interface LatestWinsWriter<T> {
  submit(value: T): Promise<void>;
  /** Resolves once everything submitted so far has been written or has failed (failures go to `submit`). */
  flush(): Promise<void>;
  hasPending(): boolean;
}

interface Waiter {
  generation: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createLatestWinsWriter<T>(write: (value: T) => Promise<void>): LatestWinsWriter<T> {
  let latest: { value: T } | null = null;
  let requested = 0;
  let settled = 0;
  let waiters: Waiter[] = [];
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    while (settled < requested && latest) {
      const generation = requested;
      const { value } = latest;
      let outcome: { ok: true } | { ok: false; error: unknown };
      try {
        await write(value);
        outcome = { ok: true };
      } catch (error) {
        outcome = { ok: false, error };
      }
      settled = generation;
      const done = waiters.filter((waiter) => waiter.generation <= generation);
      waiters = waiters.filter((waiter) => waiter.generation > generation);
      for (const waiter of done) {
        if (outcome.ok) waiter.resolve();
        else waiter.reject(outcome.error);
      }
    }
    draining = null;
  }

  return {
    submit(value) {
      const generation = ++requested;
      latest = { value };
      const settledPromise = new Promise<void>((resolve, reject) => waiters.push({ generation, resolve, reject }));
      draining ??= drain();
      return settledPromise;
    },
    async flush() {
      while (draining) await draining;
    },
    hasPending: () => settled < requested,
  };
}
