import type { Adapter } from 'lowdb';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { writeThroughLinkDurably } from './durable-write';
import { readPlanFile, type PlanFileCodec, type UpgradePlan } from './read-plan-file';
import { createStorageError } from './storage-error';

export interface PlanFileAdapterOptions {
  upgrade?: UpgradePlan;
  codec?: PlanFileCodec;
  /** Replaces the file durably, through a link at its path (durable-write.ts); tests inject a full disk. */
  write?: (filePath: string, bytes: Uint8Array) => Promise<void>;
  /** Told the exact bytes about to be written, so the store can later tell its own writes from others'. */
  onBytes?: (bytes: Uint8Array) => void;
}

/**
 * lowdb's adapter for the plan file. We inject our own instead of JSONFilePreset/JSONFile because those write
 * through steno without fsync and silently switch to memory under NODE_ENV=test.
 */
export function createPlanFileAdapter(filePath: string, options: PlanFileAdapterOptions = {}): Adapter<PlanDocument> {
  const { upgrade, codec, write = writeThroughLinkDurably, onBytes } = options;
  return {
    async read() {
      const found = await readPlanFile(filePath, upgrade, codec);
      if (found.kind === 'missing') return null;
      if (found.kind === 'damaged') throw createStorageError('io', found.detail);
      return found.document;
    },
    async write(document) {
      const plain = new TextEncoder().encode(serializePlan(document));
      const bytes = codec ? codec.encode(plain) : plain;
      onBytes?.(bytes);
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
