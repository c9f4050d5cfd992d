import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTempFileName } from '../../../../electron/services/storage/durable-write';
import { openPlanStore } from '../../../../electron/services/storage/plan-store';
import { upgradePlanDocument } from '../../../../shared/plan/migrations';
import { makeTempDir } from './temp-dir';

// 80 kills in the default run still proves the property (the guard below needs most of them mid-stream);
// KILL_TEST_ITERATIONS=3000 for the long run.
const ITERATIONS = Number(process.env.KILL_TEST_ITERATIONS ?? 80);
const CHILD_ENTRY = fileURLToPath(new URL('./kill-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

let bundleDir: string;
let childScript: string;

// Bundle the child once (lowdb, zod and our code in one .mjs) so each of the hundreds of spawns costs a plain
// node start-up, not a TypeScript loader.
beforeAll(async () => {
  bundleDir = await mkdtemp(path.join(os.tmpdir(), 'kill-child-'));
  await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'warn',
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: CHILD_ENTRY,
      outDir: bundleDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      rollupOptions: { output: { format: 'es', entryFileNames: 'kill-child.mjs' } },
    },
  });
  childScript = path.join(bundleDir, 'kill-child.mjs');
}, 60_000);
afterAll(() => rm(bundleDir, { recursive: true, force: true }));

interface RunResult {
  lastAck: number;
  acks: number;
}

interface Writer {
  /** Lets the child open the store and start saving; kills it with SIGKILL at `killWhen`. */
  runAndKill(killWhen: { kind: 'after-go' | 'after-first-ack'; delayMs: number }): Promise<RunResult>;
  discard(): void;
}

/**
 * Starts a writer child that loads its code and then waits. Node start-up and module loading are most of a
 * child's cost, so the test starts the next child while the current one is running.
 */
function spawnWriter(dataDir: string): Writer {
  const child = spawn(process.execPath, [childScript, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  const result: RunResult = { lastAck: 0, acks: 0 };
  let onFirstAck = () => {};
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const n = Number(/^ack (\d+)$/.exec(line)?.[1]);
      if (!Number.isInteger(n)) continue;
      result.acks++;
      result.lastAck = Math.max(result.lastAck, n);
      if (result.acks === 1) onFirstAck();
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.on('error', () => undefined); // the child may already be dead when we write or close
  // 'close' comes after stdout is drained, so every ack the child got out is counted.
  const closed = new Promise<RunResult>((resolve, reject) => {
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(result);
      else reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
    });
    child.on('error', reject);
  });
  const kill = () => child.kill('SIGKILL');

  return {
    async runAndKill(killWhen) {
      let timer: NodeJS.Timeout | undefined;
      if (killWhen.kind === 'after-go') timer = setTimeout(kill, killWhen.delayMs);
      else onFirstAck = () => (timer = setTimeout(kill, killWhen.delayMs));
      child.stdin.write('go\n');
      try {
        return await closed;
      } finally {
        clearTimeout(timer);
      }
    },
    discard() {
      kill();
      closed.catch(() => undefined);
    },
  };
}

function counterOf(displayName: string): number {
  const match = /^n=(\d+)$/.exec(displayName);
  if (!match?.[1]) throw new Error(`no counter in ${JSON.stringify(displayName)}`);
  return Number(match[1]);
}

describe('kill during write', () => {
  it(`the file always parses, validates and is never older than the last ack (${ITERATIONS} SIGKILLs)`, async () => {
    const { dir, cleanup } = await makeTempDir('kill-test');
    const started = Date.now();
    const stats = { killsBeforeAnyAck: 0, killsLeavingTempFile: 0, acks: 0 };
    let lastAcked = 0;
    let lastOnDisk = 0;
    let next = spawnWriter(dir);
    try {
      for (let i = 0; i < ITERATIONS; i++) {
        // A quarter of the kills land at a random moment while the store opens and writes its first documents
        // (some before anything is written); the rest at a random moment while writes are streaming.
        const killWhen =
          i % 4 === 0
            ? { kind: 'after-go' as const, delayMs: Math.random() * 30 }
            : { kind: 'after-first-ack' as const, delayMs: Math.random() * 15 };
        const current = next;
        const running = current.runAndKill(killWhen);
        next = spawnWriter(dir); // loads while `current` runs; it touches nothing until its own 'go'
        const run = await running;
        if (run.acks === 0) stats.killsBeforeAnyAck++;
        stats.acks += run.acks;
        lastAcked = Math.max(lastAcked, run.lastAck);

        const entries = await readdir(dir);
        const leftovers = entries.filter((name) => isTempFileName(name, 'plan.json'));
        if (leftovers.length > 0) stats.killsLeavingTempFile++;
        // Nothing but the plan, its backups folder, the note of validated bytes and recognizable temp files may exist.
        const expected = ['backups', 'plan.json', '.plan.json.validated'];
        expect(entries.filter((name) => !leftovers.includes(name) && !expected.includes(name))).toEqual([]);

        if (lastAcked === 0 && !entries.includes('plan.json')) continue;
        const raw: unknown = JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8'));
        const upgraded = upgradePlanDocument(raw);
        if (!upgraded.ok) throw new Error(`iteration ${i}: plan.json does not validate: ${JSON.stringify(upgraded)}`);
        const onDisk = counterOf(upgraded.document.profile.displayName);
        expect(onDisk, `iteration ${i}`).toBeGreaterThanOrEqual(lastAcked);
        expect(onDisk, `iteration ${i}: the file went backwards`).toBeGreaterThanOrEqual(lastOnDisk);
        lastOnDisk = onDisk;

        // Opening fresh reads plan.json, not a temp file, and clears the leftovers.
        const store = await openPlanStore({ dataDir: dir });
        expect(store.status.mode).toBe('normal');
        expect(store.getDocument()).toEqual(upgraded.document);
        expect((await readdir(dir)).filter((name) => isTempFileName(name, 'plan.json'))).toEqual([]);
      }
    } finally {
      next.discard();
      await cleanup();
    }
    const seconds = (Date.now() - started) / 1000;
    console.log(`kill test: ${ITERATIONS} kills in ${seconds.toFixed(1)} s;`, { ...stats, lastAcked });
    // Guard against a vacuous pass: most runs must have been killed while acknowledged writes were streaming.
    expect(ITERATIONS - stats.killsBeforeAnyAck).toBeGreaterThan(ITERATIONS / 2);
    expect(lastAcked).toBeGreaterThan(ITERATIONS);
  }, Math.max(300_000, ITERATIONS * 4000));
});
