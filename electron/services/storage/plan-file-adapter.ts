import type { Adapter } from 'lowdb';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { writeFileDurably } from './durable-write';
import { readPlanFile, type PlanFileCodec, type UpgradePlan } from './read-plan-file';
import { createStorageError } from './storage-error';

/**
 * lowdb's adapter for the plan file. We inject our own instead of JSONFilePreset/JSONFile because those write
 * through steno without fsync and silently switch to memory under NODE_ENV=test.
 */
export function createPlanFileAdapter(filePath: string, upgrade?: UpgradePlan, codec?: PlanFileCodec): Adapter<PlanDocument> {
  return {
    async read() {
      const found = await readPlanFile(filePath, upgrade, codec);
      if (found.kind === 'missing') return null;
      if (found.kind === 'damaged') throw createStorageError('io', found.detail);
      return found.document;
    },
    write: (document) =>
      writeFileDurably(filePath, codec ? codec.encode(new TextEncoder().encode(serializePlan(document))) : serializePlan(document)),
  };
}

/**
 * Compact, with a trailing newline. Indented JSON was 1.7x the bytes to write and fsync on every save
 * (issue 16); a person who wants to read the file can open it in any JSON viewer.
 */
export function serializePlan(document: PlanDocument): string {
  return `${JSON.stringify(document)}\n`;
}
