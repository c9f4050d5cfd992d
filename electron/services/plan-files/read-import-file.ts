import { open } from 'node:fs/promises';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../../shared/plan-files/limits';
import { readPlanExport, type ReadExportResult } from '../../../shared/plan-files/read-export';
import { sha256 } from './sha256';

/**
 * Reads a chosen export file and checks it. The size is checked on the open handle before any byte is read,
 * so a huge file is refused without filling memory. Only reads: nothing in the data folder is touched.
 */
export async function readImportFile(path: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<ReadExportResult> {
  const handle = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    const { size, isFile } = await handle.stat().then((info) => ({ size: info.size, isFile: info.isFile() }));
    if (!isFile) return { ok: false, problem: { code: 'not-a-plan-file', detail: 'not a file' } };
    if (size > limits.maxFileBytes) return { ok: false, problem: { code: 'file-too-large', limitBytes: limits.maxFileBytes } };
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return readPlanExport(bytes, sha256, limits);
}
