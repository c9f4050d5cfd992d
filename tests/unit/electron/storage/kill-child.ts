/**
 * Entry for the kill test's child process (bundled once by kill-during-write.test.ts, run with plain node).
 * Saves documents with an ever-increasing counter in profile.displayName as fast as it can, sometimes several
 * at once so the save queue's coalescing is killed mid-flight too, and prints `ack <n>` only after save n
 * resolved, i.e. after the store says it is durable. It loads its modules, then waits for `go` on stdin before
 * touching the folder, so the test can start the next child while the current one is being killed and checked.
 */
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import type { PlanDocument } from '../../../../shared/plan/plan-schema';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: kill-child <dataDir>');

await new Promise((resolve) => process.stdin.once('data', resolve));
const store = await openPlanStore({ dataDir });
if (store.status.mode !== 'normal') throw new Error(`store opened in ${store.status.mode} mode`);
const base = store.getDocument();
let counter = Number(/^n=(\d+)$/.exec(base.profile.displayName)?.[1] ?? 0);

function withCounter(n: number): PlanDocument {
  return { ...base, profile: { ...base.profile, displayName: `n=${n}` }, move: { ...base.move, notes: `save ${n} `.repeat(n % 50) } };
}

for (;;) {
  const batch = Array.from({ length: 1 + (counter % 3) }, () => ++counter);
  // Writes to a pipe are synchronous on Linux and macOS, so an ack printed here has left the process.
  await Promise.all(batch.map((n) => store.save(withCounter(n)).then(() => process.stdout.write(`ack ${n}\n`))));
}
