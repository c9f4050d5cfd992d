import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { PlansChanged } from '../../../shared/contract/plan-files-operations';
import { fail, ok, type Result } from '../../../shared/contract/result';
import { menuLabelsFor } from '../../../shared/menu/menu-labels';
import { EXPORT_EXTENSION } from '../../../shared/plan-files/manifest';
import { diffPlans } from '../../../shared/plan-files/plan-diff';
import { describeImportProblem } from '../../../shared/plan-files/problems';
import type { ImportedPackage } from '../../../shared/plan-files/read-export';
import { planNameSchema, type RegistryError } from '../../../shared/plans/registry';
import { resolvesInsideFolder } from '../export/write-export';
import type { OperationHandlers } from '../ipc/dispatcher';
import { applyImport } from '../plan-files/apply-import';
import { exportPlanToFile } from '../plan-files/export-plan';
import { readImportFile } from '../plan-files/read-import-file';
import type { PlanSession } from '../plans/plan-session';
import type { InterfaceLanguageSource } from './interface-language';
import type { PlatformServices } from './platform';

type PlanFileOperations =
  | 'exportWholePlan'
  | 'previewImport'
  | 'applyImport'
  | 'cancelImport'
  | 'listPlans'
  | 'createPlan'
  | 'renamePlan'
  | 'duplicatePlan'
  | 'deletePlan'
  | 'restorePlan'
  | 'switchPlan';

/** In the interface language: a Chinese plan's export was suggested as "Relocation plan 2026-12-02.rplan" (note 0029). */
const planFileFilter = (language: string) => ({ name: menuLabelsFor(language).planFile, extensions: [EXPORT_EXTENSION.slice(1)] });

const REGISTRY_MESSAGES: Record<RegistryError, string> = {
  'not-found': 'That plan no longer exists.',
  'is-current': 'The plan you are working on cannot be deleted; switch to another plan first.',
  'is-main': 'The first plan lives in the data folder itself and cannot be deleted; rename it instead.',
  'in-trash': 'That plan is in the trash; restore it first.',
  'not-in-trash': 'That plan is not in the trash.',
};

const LOCKED = 'The plan is locked; unlock it first. Nothing was changed.';

function isoDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Whole-plan export and import, and the list of plans. An import is two steps: the preview reads and checks
 * the chosen file and keeps it in memory (nothing written), the apply writes it after a backup. Between the
 * two, the preview is bound to the plan it was made against.
 */
export function createPlanFilesHandlers(
  session: PlanSession,
  platform: PlatformServices,
  language: InterfaceLanguageSource,
  now: () => Date = () => new Date(),
): Pick<OperationHandlers, PlanFileOperations> {
  let staged: { token: string; planId: string; imported: ImportedPackage } | null = null;

  const changed = (loaded: boolean, nameError: string | null = null): Result<PlansChanged> =>
    ok({ overview: session.overview(), loaded: loaded ? { document: session.getDocument(), storage: session.status } : null, nameError });
  const nameOf = (raw: string): { name: string } | { error: string } => {
    const parsed = planNameSchema.safeParse(raw);
    return parsed.success ? { name: parsed.data } : { error: parsed.error.issues[0]?.message ?? 'plans.error.nameRequired' };
  };
  const registryResult = (error: RegistryError | null, loaded = false) => (error ? fail('not-found', REGISTRY_MESSAGES[error]) : changed(loaded));
  const chooseImportFile = async () =>
    platform.chooseFileToOpen ? platform.chooseFileToOpen([planFileFilter(language.current())]) : ((await platform.chooseFilesToOpen())[0] ?? null);

  return {
    exportWholePlan: async () => {
      if (session.lockState().isLocked) return fail('recovery-mode', LOCKED);
      await session.flush();
      const plan = session.currentPlan();
      const filter = planFileFilter(language.current());
      const suggested = `${plan.name || filter.name} ${isoDay(now())}${EXPORT_EXTENSION}`.replace(/[<>:"/\\|?*]/g, '_');
      const target = await platform.chooseSavePath(suggested, [filter]);
      if (!target) return ok({ path: null, attachments: 0 });
      if (await resolvesInsideFolder(session.rootDir, target)) return fail('io', 'A plan cannot be exported into the app’s data folder. Choose another folder.');
      try {
        const written = await exportPlanToFile({
          document: session.getDocument(),
          vaultDir: path.join(session.status.dataDir, 'vault'),
          targetPath: target,
          planName: plan.name,
          appVersion: platform.appVersion,
          now,
          openVaultFile: (raw) => session.openFromDisk(raw),
        });
        return ok({ path: target, attachments: written.attachments });
      } catch (error) {
        return fail('io', error instanceof Error ? error.message : String(error));
      }
    },
    previewImport: async () => {
      staged = null;
      if (session.lockState().isLocked) return fail('recovery-mode', LOCKED);
      await session.flush();
      const file = await chooseImportFile();
      if (!file) return ok({ isChosen: false });
      const fileName = path.basename(file);
      const read = await readImportFile(file).catch((error: unknown) => ({
        ok: false as const,
        problem: { code: 'not-a-plan-file' as const, detail: error instanceof Error ? error.message : String(error) },
      }));
      if (!read.ok) return ok({ isChosen: true, outcome: 'refused', fileName, problem: read.problem, detail: describeImportProblem(read.problem) });
      const token = randomBytes(16).toString('hex');
      staged = { token, planId: session.currentPlan().id, imported: read.value };
      const { manifest } = read.value;
      return ok({
        isChosen: true,
        outcome: 'ready',
        fileName,
        token,
        planName: manifest.planName,
        exportedAt: manifest.exportedAt,
        attachments: read.value.attachments.size,
        migratedFrom: read.value.migratedFrom,
        diff: diffPlans(session.getDocument(), read.value.document),
      });
    },
    applyImport: async ({ token, isLargeRemovalConfirmed }) => {
      if (session.status.mode === 'recovery') return fail('recovery-mode', 'The plan file is damaged; nothing is written until it is dealt with.');
      if (!staged || staged.token !== token || staged.planId !== session.currentPlan().id) {
        return ok({ outcome: 'refused', detail: 'This preview is out of date. Choose the file again.' });
      }
      const { imported } = staged;
      await session.flush();
      // Checked again against the plan as it is now, not as it was when the preview was made.
      if (diffPlans(session.getDocument(), imported.document).isLargeRemoval && !isLargeRemovalConfirmed) return ok({ outcome: 'needs-confirmation' });
      try {
        const applied = await applyImport({ store: session, planDir: session.status.dataDir, imported, now });
        if (!applied.ok) {
          return ok({ outcome: 'refused', detail: `The vault already holds a different file named ${applied.conflict}; nothing was changed.` });
        }
        staged = null;
        return ok({ outcome: 'applied', loaded: { document: session.getDocument(), storage: session.status }, backupFile: applied.backupFile });
      } catch (error) {
        return fail('io', `The import was not applied, and the plan is as it was: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    cancelImport: async () => {
      const cancelled = staged !== null;
      staged = null;
      return ok({ cancelled });
    },
    listPlans: async () => ok(session.overview()),
    createPlan: async ({ name }) => {
      const checked = nameOf(name);
      if ('error' in checked) return changed(false, checked.error);
      staged = null;
      await session.create(checked.name);
      return changed(true);
    },
    renamePlan: async ({ id, name }) => {
      const checked = nameOf(name);
      if ('error' in checked) return changed(false, checked.error);
      return registryResult(await session.rename(id, checked.name));
    },
    duplicatePlan: async ({ id, name }) => {
      const checked = nameOf(name);
      if ('error' in checked) return changed(false, checked.error);
      const copy = await session.duplicate(id, checked.name);
      return typeof copy === 'string' ? registryResult(copy) : changed(false);
    },
    deletePlan: async ({ id }) => registryResult(await session.trash(id)),
    restorePlan: async ({ id }) => registryResult(await session.restore(id)),
    switchPlan: async ({ id }) => {
      staged = null;
      return registryResult(await session.switchTo(id), true);
    },
  };
}
