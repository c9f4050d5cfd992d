import type { Adapter } from 'lowdb';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { writeThroughLinkDurably } from './durable-write';
import { planJsonBytes } from './plan-json';
import { readPlanFile, type PlanFileCodec, type UpgradePlan } from './read-plan-file';
import { createStorageError } from './storage-error';

export interface PlanFileAdapterOptions {
  upgrade?: UpgradePlan;
  codec?: PlanFileCodec;
  /** Replaces the file durably, through a link at its path (durable-write.ts); tests inject a full disk. */
  write?: (filePath: string, bytes: Uint8Array) => Promise<void>;
  /**
   * Told the exact bytes about to be written, before they are, so the store can later tell its own writes
   * from others' and note them as validated (validated-hash.ts).
   */
  beforeWrite?: (bytes: Uint8Array) => Promise<void>;
}

/**
 * lowdb's adapter for the plan file. We inject our own instead of JSONFilePreset/JSONFile because those write
 * through steno without fsync and silently switch to memory under NODE_ENV=test.
 */
export function createPlanFileAdapter(filePath: string, options: PlanFileAdapterOptions = {}): Adapter<PlanDocument> {
  const { upgrade, codec, write = writeThroughLinkDurably, beforeWrite } = options;
  return {
    async read() {
      const found = await readPlanFile(filePath, upgrade, codec);
      if (found.kind === 'missing') return null;
      if (found.kind === 'damaged') throw createStorageError('io', found.detail);
      return found.document;
    },
    async write(document) {
      const plain = serializePlanBytes(document);
      const bytes = codec ? codec.encode(plain) : plain;
      await beforeWrite?.(bytes);
      await write(filePath, bytes);
    },
  };
}

/**
 * Compact, with a trailing newline. Indented JSON was 1.7x the bytes to write and fsync on every save
 * (issue 16); a person who wants to read the file can open it in any JSON viewer.
 */
export function serializePlan(document: PlanDocument): string {
  return `${JSON.stringify(document)}\n`;
}

/** serializePlan's text as UTF-8, reusing the bytes of the parts an edit left alone (plan-json.ts). */
export function serializePlanBytes(document: PlanDocument): Buffer {
  return planJsonBytes(document, '\n');
}
