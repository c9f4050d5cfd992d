import type { PlanFileCodec, UpgradePlan } from '../read-plan-file';
import { takeSnapshot } from './backup-folder';

/** While the plan keeps changing, a snapshot at most this often. */
export const SNAPSHOT_INTERVAL_MS = 15 * 60 * 1000;
const START_DELAY_MS = 3000;

/**
 * When snapshots are taken: at start if the plan changed since the newest backup, then after a save once
 * SNAPSHOT_INTERVAL_MS have passed since the last one, and on demand (before a restore). A snapshot that
 * cannot be written (full disk) never fails the save it follows; the next one tries again.
 */
export function createBackupSchedule(options: { dataDir: string; fileName: string; now: () => Date; upgrade?: UpgradePlan; codec?: PlanFileCodec; intervalMs?: number }) {
  const { intervalMs = SNAPSHOT_INTERVAL_MS } = options;
  // Counted from the start: the start's own snapshot (or the backup that already matched) is the last one.
  let lastAt = options.now().getTime();
  const snapshot = async (bytes: Uint8Array): Promise<string | null> => {
    const now = options.now();
    const created = await takeSnapshot({ ...options, bytes, now });
    lastAt = now.getTime();
    return created;
  };
  let pendingStart: (() => void) | null = null;
  let startTimer: ReturnType<typeof setTimeout> | null = null;
  // Backup work runs one step at a time, off the path of opening the plan.
  let chain: Promise<unknown> = Promise.resolve();
  const enqueue = (step: () => Promise<unknown>) => {
    chain = chain.then(step).catch(() => null);
    return chain;
  };
  return {
    /**
     * The start-up snapshot, a moment after opening (START_DELAY_MS), so opening the plan and the first
     * screen never wait on reading and writing backups. flush() (quitting) takes it at once if still due.
     */
    atStart: (bytes: Uint8Array): void => {
      pendingStart = () => {
        pendingStart = null;
        if (startTimer) clearTimeout(startTimer);
        void enqueue(() => snapshot(bytes));
      };
      startTimer = setTimeout(() => pendingStart?.(), START_DELAY_MS);
      startTimer.unref?.();
    },
    /** After a durable save: a snapshot if the interval has passed, queued so the save's answer never waits. */
    afterSave: (bytes: Uint8Array): void => {
      const now = options.now().getTime();
      if (now - lastAt < intervalMs) return;
      lastAt = now;
      void enqueue(() => snapshot(bytes));
    },
    /** Before a restore replaces the plan: the current one is kept first, so the restore can be taken back. */
    snapshotNow: (bytes: Uint8Array): Promise<string | null> => snapshot(bytes),
    /** Resolves when no backup work is left (tests, quitting). */
    idle: (): Promise<void> => {
      pendingStart?.();
      return chain.then(() => undefined);
    },
  };
}

export type BackupSchedule = ReturnType<typeof createBackupSchedule>;
