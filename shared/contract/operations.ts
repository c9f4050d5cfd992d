import { z } from 'zod';
import type { Attachment } from '../checklists/schema';
import { isSafeStoredName } from '../checklists/sanitize-file-name';
import { isPlainRecord } from '../plan/check-edit';
import type { PlanDocument } from '../plan/plan-schema';
import { INTERFACE_LANGUAGES } from '../plan/profile-schema';
import { backupNameSchema, type BackupInfo } from './backups';
import { OpenTargetSchema } from './open-target';
import { appearanceRequestSchemas, type AppearanceResults } from './appearance-operations';
import { planFilesRequestSchemas, type PlanFilesResults } from './plan-files-operations';
import type { Result } from './result';

/**
 * The one contract between renderer and main. Each operation has a request schema (parsed in main from
 * `unknown`) and a result type. The main-side handler map and the renderer's `window.planner` type are both
 * derived from this file, and the preload is checked against it with `satisfies`.
 */

export type StorageStatus =
  | {
      mode: 'normal';
      dataDir: string;
      planFile: string;
      /** Set when plan.json was missing but valid backups sit beside it: the newest, to offer instead of an empty plan. */
      missingPlanBackup?: BackupInfo;
    }
  | {
      mode: 'recovery';
      dataDir: string;
      planFile: string;
      /**
       * Full path of the byte-identical copy of the damaged file; null when none was made (a file over the size
       * limit is never read; a full or read-only disk takes no copy; the detail says which).
       */
      quarantinedFile: string | null;
      reason: 'unreadable' | 'invalid' | 'newer-version' | 'too-large';
      detail: string;
      /** The newest daily backup of a good file, which the person can copy back by hand; null if none. */
      newestBackup: string | null;
      /** The same backup with its date and summary, for the one-click restore. */
      newestBackupInfo?: BackupInfo | null;
    }
  | {
      /** The plan is good but its folder cannot be written (read-only disk or folder): shown, never saved. */
      mode: 'read-only';
      dataDir: string;
      planFile: string;
      detail: string;
    };

export { isSavingRefused } from './saving-refused';

/** What another program did to plan.json since the app last read or wrote it. */
export interface DiskCheck {
  isChangedOnDisk: boolean;
}

export interface LoadedPlan {
  document: PlanDocument;
  storage: StorageStatus;
}

export interface SavedPlan {
  savedAt: string;
}

export interface AppInfo {
  version: string;
  platform: string;
  dataDir: string;
}

export interface AttachedFiles {
  /** False when the person closed the file picker without choosing. */
  isChosen: boolean;
  attachments: Attachment[];
  failures: { fileName: string; reason: 'unreadable' | 'not-a-file' | 'too-large' }[];
}

/** Where an export was written, or null when the person cancelled the save dialog. */
export interface ExportedFile {
  path: string | null;
}

const storedName = z.string().max(120).refine(isSafeStoredName, { message: 'vault.invalidName' });
/** A name to suggest in the save dialog; main strips anything path-like from it. */
const suggestedName = z.string().trim().min(1).max(120);

export const requestSchemas = {
  loadPlan: z.object({}).strict(),
  /**
   * The document is checked by the savePlan handler against the last one main accepted, with the whole
   * schema's verdict (electron/services/storage/check-plan.ts): a full parse of every save cost main twice
   * the bare file work (issue 16). Here only that it is an object.
   */
  savePlan: z.object({ document: z.custom<PlanDocument>(isPlainRecord, { message: 'validation.required' }) }).strict(),
  getAppInfo: z.object({}).strict(),
  openDataFolder: z.object({}).strict(),
  attachFiles: z.object({}).strict(),
  openAttachment: z.object({ storedName }).strict(),
  removeAttachments: z.object({ storedNames: z.array(storedName).max(1000) }).strict(),
  /** The paper size is A4 unless asked (the plan summary prints on Letter too). */
  savePdf: z.object({ suggestedName, pageSize: z.enum(['A4', 'Letter']).optional() }).strict(),
  exportCsv: z.object({ suggestedName, content: z.string().max(20_000_000) }).strict(),
  listBackups: z.object({}).strict(),
  restoreBackup: z.object({ name: backupNameSchema }).strict(),
  exportIcs: z.object({ suggestedName, content: z.string().max(20_000_000) }).strict(),
  /** An operating-system notification; clicking it opens `target` (main pushes it on OPEN_TARGET_CHANNEL). */
  showNotification: z.object({ title: z.string().min(1).max(200), body: z.string().max(2000), target: OpenTargetSchema }).strict(),
  /** Has another program changed plan.json since the app last read or wrote it? (asked when the window gets focus) */
  checkPlanFile: z.object({}).strict(),
  /**
   * plan.json was changed by another program: load the file on disk, or keep this version (the file on disk
   * is kept as a copy first, then the next save goes through).
   */
  resolveExternalChange: z.object({ keep: z.enum(['disk', 'mine']) }).strict(),
  // Whole-plan export and import, several plans (issue 15).
  ...planFilesRequestSchemas,
  // Menu language and dropped files (issue 14).
  /** The interface language, so main rebuilds the native menu in it. */
  setInterfaceLanguage: z.object({ language: z.enum(INTERFACE_LANGUAGES) }).strict(),
  /**
   * Files dropped on a checklist item. Preload-only: the preload reads the paths from the dropped File
   * objects (webUtils.getPathForFile), so the page can never name a path of its own (see PlannerFiles).
   */
  attachDroppedFiles: z.object({ paths: z.array(z.string().min(2).max(4096)).min(1).max(100) }).strict(),
  // Light and dark (issue 14).
  ...appearanceRequestSchemas,
};

export interface OperationResults extends PlanFilesResults, AppearanceResults {
  loadPlan: LoadedPlan;
  savePlan: SavedPlan;
  getAppInfo: AppInfo;
  openDataFolder: { opened: boolean };
  attachFiles: AttachedFiles;
  /** `problem`: a sealed vault file that was refused (a flipped byte, another passphrase) or a locked plan; nothing was changed. */
  openAttachment: { opened: boolean; problem?: 'damaged' | 'other-key' | 'locked' };
  removeAttachments: { removed: number };
  savePdf: ExportedFile;
  exportCsv: ExportedFile;
  listBackups: { backups: BackupInfo[] };
  /**
   * The backup's plan. In normal mode the current plan is snapshotted first and the renderer applies the
   * returned document as an edit (so it can be undone); in recovery mode it is written over the damaged
   * file (whose copy was kept) and the store leaves recovery.
   */
  restoreBackup: LoadedPlan & { isWrittenToDisk: boolean };
  exportIcs: ExportedFile;
  /** False where the system has no notifications (or none is wired, as in a test without a double). */
  showNotification: { shown: boolean };
  checkPlanFile: DiskCheck;
  /** 'disk': the plan on disk (the renderer applies it as an undoable edit); 'mine': where the other file was kept. */
  resolveExternalChange: (LoadedPlan & { keep: 'disk' }) | { keep: 'mine'; keptCopy: string | null };
  setInterfaceLanguage: { isApplied: boolean };
  attachDroppedFiles: AttachedFiles;
}

export type OperationName = keyof typeof requestSchemas;
export type RequestOf<K extends OperationName> = z.infer<(typeof requestSchemas)[K]>;
export type ResultOf<K extends OperationName> = OperationResults[K];

// Compile-time check that every request schema has a result type and vice versa.
const everyOperationHasAResult: Record<OperationName, true> = {
  loadPlan: true,
  savePlan: true,
  getAppInfo: true,
  openDataFolder: true,
  attachFiles: true,
  openAttachment: true,
  removeAttachments: true,
  savePdf: true,
  exportCsv: true,
  listBackups: true,
  restoreBackup: true,
  exportIcs: true,
  showNotification: true,
  checkPlanFile: true,
  resolveExternalChange: true,
  // Whole-plan export and import, several plans (issue 15).
  exportWholePlan: true,
  previewImport: true,
  applyImport: true,
  cancelImport: true,
  listPlans: true,
  createPlan: true,
  renamePlan: true,
  duplicatePlan: true,
  deletePlan: true,
  restorePlan: true,
  switchPlan: true,
  getLockState: true,
  unlockPlan: true,
  lockPlan: true,
  setPassphrase: true,
  setLockAfter: true,
  rememberKey: true,
  // Menu language and dropped files (issue 14).
  setInterfaceLanguage: true,
  attachDroppedFiles: true,
  setThemeSource: true,
} satisfies Record<keyof OperationResults, true>;

export const OPERATION_NAMES = Object.keys(everyOperationHasAResult) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}

/** Operations whose arguments only the preload may fill in; the page reaches them through PlannerFiles. */
export type PreloadOnlyOperation = 'attachDroppedFiles';
export type PageOperationName = Exclude<OperationName, PreloadOnlyOperation>;
const PRELOAD_ONLY: readonly string[] = ['attachDroppedFiles'] satisfies PreloadOnlyOperation[];
/** The functions `window.planner` has: every operation but the preload-only ones. */
export const PAGE_OPERATION_NAMES = OPERATION_NAMES.filter((name): name is PageOperationName => !PRELOAD_ONLY.includes(name));

/** What the renderer sees as `window.planner`: one named async function per operation. */
export type PlannerApi = { [K in PageOperationName]: (request: RequestOf<K>) => Promise<Result<ResultOf<K>>> };

/**
 * `window.plannerFiles`: files dropped on the page go to main as the paths the preload reads from the
 * File objects themselves (a File the page builds has no path), through the same vault attach as the picker.
 */
export interface PlannerFiles<DroppedFile = unknown> {
  attachDropped(files: readonly DroppedFile[]): Promise<Result<AttachedFiles>>;
}

export { IPC_CHANNEL } from './channel';

export type { PlanDocument, BackupInfo };
