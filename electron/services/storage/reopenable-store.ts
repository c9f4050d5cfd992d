import { openPlanStore, type OpenPlanStoreOptions, type PlanStore } from './plan-store';

export interface ReopenablePlanStore extends PlanStore {
  /** Opens plan.json again (after a backup was written over a damaged file), leaving recovery if it is good now. */
  reopen(): Promise<void>;
}

/** The plan store behind one stable object, so handlers keep working after the file was replaced. */
export async function openReopenablePlanStore(options: OpenPlanStoreOptions): Promise<ReopenablePlanStore> {
  let current = await openPlanStore(options);
  return {
    get status() {
      return current.status;
    },
    getDocument: () => current.getDocument(),
    check: (document) => current.check(document),
    save: (document, options) => current.save(document, options),
    flush: () => current.flush(),
    flushWrites: () => current.flushWrites(),
    hasPendingWrites: () => current.hasPendingWrites(),
    checkDisk: () => current.checkDisk(),
    keepMine: () => current.keepMine(),
    reopen: async () => {
      await current.flush();
      current = await openPlanStore(options);
    },
  };
}
