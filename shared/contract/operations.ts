import { z } from 'zod';
import { planDocumentSchema, type PlanDocument } from '../plan/plan-schema';
import type { Result } from './result';

/**
 * The one contract between renderer and main. Each operation has a request schema (parsed in main from
 * `unknown`) and a result type. The main-side handler map and the renderer's `window.planner` type are both
 * derived from this file, and the preload is checked against it with `satisfies`.
 */

export type StorageStatus =
  | { mode: 'normal'; dataDir: string; planFile: string }
  | {
      mode: 'recovery';
      dataDir: string;
      planFile: string;
      /** Full path of the byte-identical copy of the damaged file. */
      quarantinedFile: string;
      reason: 'unreadable' | 'invalid' | 'newer-version';
      detail: string;
    };

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

export const requestSchemas = {
  loadPlan: z.object({}).strict(),
  savePlan: z.object({ document: planDocumentSchema }).strict(),
  getAppInfo: z.object({}).strict(),
  openDataFolder: z.object({}).strict(),
};

export interface OperationResults {
  loadPlan: LoadedPlan;
  savePlan: SavedPlan;
  getAppInfo: AppInfo;
  openDataFolder: { opened: boolean };
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
} satisfies Record<keyof OperationResults, true>;

export const OPERATION_NAMES = Object.keys(everyOperationHasAResult) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}

/** What the renderer sees as `window.planner`: one named async function per operation. */
export type PlannerApi = { [K in OperationName]: (request: RequestOf<K>) => Promise<Result<ResultOf<K>>> };

/** The single IPC channel every operation travels on. */
export const IPC_CHANNEL = 'planner:invoke';

export type { PlanDocument };
