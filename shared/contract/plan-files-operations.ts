import { z } from 'zod';
import type { PlanDiff } from '../plan-files/plan-diff';
import type { ImportProblem } from '../plan-files/problems';
import { MAX_PLAN_NAME_LENGTH } from '../plans/registry';
import type { LoadedPlan } from './operations';

/**
 * Operations for whole-plan files and several plans (issue 15), kept in one block so operations.ts only
 * spreads them in.
 */
const planId = z.string().regex(/^(main|p-[0-9a-f]{16})$/);
const planName = z.string().max(MAX_PLAN_NAME_LENGTH * 2);

export const planFilesRequestSchemas = {
  exportWholePlan: z.object({}).strict(),
  previewImport: z.object({}).strict(),
  applyImport: z.object({ token: z.string().regex(/^[0-9a-f]{32}$/), isLargeRemovalConfirmed: z.boolean() }).strict(),
  cancelImport: z.object({}).strict(),
  listPlans: z.object({}).strict(),
  createPlan: z.object({ name: planName }).strict(),
  renamePlan: z.object({ id: planId, name: planName }).strict(),
  duplicatePlan: z.object({ id: planId, name: planName }).strict(),
  deletePlan: z.object({ id: planId }).strict(),
  restorePlan: z.object({ id: planId }).strict(),
  switchPlan: z.object({ id: planId }).strict(),
  getLockState: z.object({}).strict(),
  unlockPlan: z.object({ passphrase: z.string().max(1024) }).strict(),
  lockPlan: z.object({}).strict(),
  setPassphrase: z.object({ current: z.string().max(1024).nullable(), next: z.string().max(1024).nullable() }).strict(),
  setLockAfter: z.object({ minutes: z.int().min(1).max(24 * 60) }).strict(),
  rememberKey: z.object({ isOn: z.boolean() }).strict(),
};

/** A new passphrase must be at least this long; a short one would fall to guessing even behind scrypt. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * Whether this computer's keychain (Electron safeStorage) can hold the plan's key: 'basic-text' is Linux
 * without a keyring, where safeStorage would seal with a fixed key that protects nothing.
 */
export type KeychainAvailability = 'available' | 'unavailable' | 'basic-text';

export interface LockState {
  isEncrypted: boolean;
  isLocked: boolean;
  lockAfterMinutes: number;
  /** The plan's key is kept in this computer's keychain, so it opens at start without asking. */
  isRemembered: boolean;
  keychain: KeychainAvailability;
}

export type RememberProblem = 'keychain-unavailable' | 'keychain-basic-text' | 'not-encrypted';

export type RememberOutcome = { outcome: 'done'; state: LockState } | { outcome: 'refused'; problem: RememberProblem };

export type PassphraseProblem = 'wrong-passphrase' | 'damaged' | 'newer-version' | 'too-short' | 'not-encrypted' | 'already-encrypted';

export type PassphraseOutcome = { outcome: 'done'; state: LockState } | { outcome: 'refused'; problem: PassphraseProblem };

export interface PlanSummary {
  id: string;
  /** '' for the first plan until it is named; the interface shows its own word then. */
  name: string;
  createdAt: string;
}

export interface TrashedPlanSummary extends PlanSummary {
  deletedAt: string;
  /** The day its folder is removed for good (ISO date). */
  purgeOn: string;
}

export interface PlansOverview {
  currentId: string;
  plans: PlanSummary[];
  trash: TrashedPlanSummary[];
}

/** A change to the list; `loaded` is set when the current plan changed and the renderer must show it. */
export interface PlansChanged {
  overview: PlansOverview;
  loaded: LoadedPlan | null;
  /** A name the person typed that was refused (i18n key), with nothing changed. */
  nameError: string | null;
}

export type ImportPreview =
  | { isChosen: false }
  | { isChosen: true; outcome: 'refused'; fileName: string; problem: ImportProblem; detail: string }
  | {
      isChosen: true;
      outcome: 'ready';
      fileName: string;
      token: string;
      planName: string;
      exportedAt: string;
      attachments: number;
      migratedFrom: number | null;
      diff: PlanDiff;
    };

export type ImportApplied =
  | { outcome: 'applied'; loaded: LoadedPlan; backupFile: string }
  | { outcome: 'needs-confirmation' }
  | { outcome: 'refused'; detail: string };

export interface PlanFilesResults {
  exportWholePlan: { path: string | null; attachments: number };
  previewImport: ImportPreview;
  applyImport: ImportApplied;
  cancelImport: { cancelled: boolean };
  listPlans: PlansOverview;
  createPlan: PlansChanged;
  renamePlan: PlansChanged;
  duplicatePlan: PlansChanged;
  deletePlan: PlansChanged;
  restorePlan: PlansChanged;
  switchPlan: PlansChanged;
  getLockState: LockState;
  unlockPlan: PassphraseOutcome;
  lockPlan: LockState;
  setPassphrase: PassphraseOutcome;
  setLockAfter: LockState;
  rememberKey: RememberOutcome;
}
