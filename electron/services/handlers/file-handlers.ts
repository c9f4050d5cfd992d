import { isAbsolute } from 'node:path';
import { sanitizeFileName } from '../../../shared/checklists/sanitize-file-name';
import { fail, ok } from '../../../shared/contract/result';
import { resolvesInsideFolder, writeExport } from '../export/write-export';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { DocumentVault } from '../vault/document-vault';
import type { PlatformServices } from './platform';

type FileOperations = 'attachFiles' | 'attachDroppedFiles' | 'openAttachment' | 'removeAttachments' | 'savePdf' | 'exportCsv' | 'exportIcs';

const VIEW_PROBLEMS = { missing: 'That file is no longer in the data folder.' } as const;

function withExtension(name: string, extension: string): string {
  const clean = sanitizeFileName(name);
  return clean.toLowerCase().endsWith(extension) ? clean : `${clean}${extension}`;
}

/** Vault and export operations: every path read or written was chosen by the person in a system dialog. */
export function createFileHandlers(
  vault: DocumentVault,
  platform: PlatformServices,
  dataDir: string,
  /**
   * Moves files the saved plan no longer points at into the vault trash (electron/services/vault/vault-keeper.ts);
   * without one, nothing is removed: a vault file is never deleted outright.
   */
  trashUnreferenced: (storedNames: readonly string[]) => Promise<number> = async () => 0,
): Pick<OperationHandlers, FileOperations> {
  const chooseExportPath = async (suggestedName: string, extension: string, filter: { name: string; extensions: string[] }) => {
    const path = await platform.chooseSavePath(withExtension(suggestedName, extension), [filter]);
    if (path && (await resolvesInsideFolder(dataDir, path))) {
      return { path: null, refused: fail('io', 'Exports cannot be saved in the app’s data folder. Choose another folder.') };
    }
    return { path, refused: null };
  };
  return {
    attachFiles: async () => {
      if (vault.isLocked()) return fail('recovery-mode', 'The plan is locked; unlock it before adding files.');
      const chosen = await platform.chooseFilesToOpen();
      if (chosen.length === 0) return ok({ isChosen: false, attachments: [], failures: [] });
      return ok({ isChosen: true, ...(await vault.attach(chosen)) });
    },
    // Dropped files take the picker's path from here on: the same vault copy, the same failures.
    attachDroppedFiles: async ({ paths }) => {
      if (!paths.every((path) => isAbsolute(path))) return fail('invalid-payload', 'Dropped files arrive as full paths.');
      return ok({ isChosen: true, ...(await vault.attach(paths)) });
    },
    openAttachment: async ({ storedName }) => {
      const viewable = await vault.pathForViewer(storedName);
      if (!viewable.ok) {
        if (viewable.problem === 'missing') return fail('not-found', VIEW_PROBLEMS.missing);
        return ok({ opened: false, problem: viewable.problem });
      }
      const problem = await platform.openPath(viewable.path);
      return problem ? fail('io', problem) : ok({ opened: true });
    },
    removeAttachments: async ({ storedNames }) => ok({ removed: await trashUnreferenced(storedNames) }),
    savePdf: async ({ suggestedName, pageSize }) => {
      const { path, refused } = await chooseExportPath(suggestedName, '.pdf', { name: 'PDF', extensions: ['pdf'] });
      if (refused) return refused;
      if (!path) return ok({ path: null });
      await writeExport(path, await platform.printToPdf(pageSize ?? 'A4'));
      return ok({ path });
    },
    exportCsv: async ({ suggestedName, content }) => {
      const { path, refused } = await chooseExportPath(suggestedName, '.csv', { name: 'CSV', extensions: ['csv'] });
      if (refused) return refused;
      if (!path) return ok({ path: null });
      // A byte-order mark so spreadsheet apps read Chinese text as UTF-8.
      await writeExport(path, `\uFEFF${content}`);
      return ok({ path });
    },
    exportIcs: async ({ suggestedName, content }) => {
      const { path, refused } = await chooseExportPath(suggestedName, '.ics', { name: 'iCalendar', extensions: ['ics'] });
      if (refused) return refused;
      if (!path) return ok({ path: null });
      // iCalendar is UTF-8 without a byte-order mark (RFC 5545); calendar apps reject one.
      await writeExport(path, content);
      return ok({ path });
    },
  };
}
