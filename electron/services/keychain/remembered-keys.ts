import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { KeychainAvailability } from '../../../shared/contract/plan-files-operations';
import { planKeyFor, type PlanKey } from '../encryption/plan-cipher';
import { writeFileDurably } from '../storage/durable-write';

/** What the OS keychain offers (Electron's safeStorage in the app, a fake in tests). */
export interface KeySealer {
  availability(): KeychainAvailability;
  seal(text: string): Uint8Array;
  open(sealed: Uint8Array): string;
}

const fileSchema = z.object({
  version: z.literal(1),
  /** Plan folder (absolute) -> the derived key, sealed by the keychain, base64. */
  keys: z.record(z.string(), z.string().regex(/^[A-Za-z0-9+/=]*$/)),
});

type RememberedFile = z.infer<typeof fileSchema>;

/**
 * "Remember on this computer": the plan's derived key (never the passphrase) sealed by the OS keychain, in one
 * file of this computer's app folder, not in the plan's folder, so an export, a duplicate or a copied data
 * folder never carries it. A key is used only if the plan file's own header names it, so after a passphrase
 * changed elsewhere it is ignored; it is forgotten when the passphrase is changed or removed here.
 */
export function createRememberedKeys(file: string, sealer: KeySealer) {
  const idOf = (planDir: string) => path.resolve(planDir);

  async function load(): Promise<RememberedFile> {
    const raw = await readFile(file, 'utf8').catch(() => null);
    if (raw === null) return { version: 1, keys: {} };
    try {
      const parsed = fileSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : { version: 1, keys: {} };
    } catch {
      return { version: 1, keys: {} };
    }
  }

  const save = async (next: RememberedFile) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileDurably(file, `${JSON.stringify(next, null, 2)}\n`);
  };

  return {
    file,
    availability: (): KeychainAvailability => {
      try {
        return sealer.availability();
      } catch {
        return 'unavailable';
      }
    },
    async isRemembered(planDir: string): Promise<boolean> {
      return idOf(planDir) in (await load()).keys;
    },
    /** Refused (and nothing written) unless the keychain really protects what it seals. */
    async remember(planDir: string, planKey: PlanKey): Promise<KeychainAvailability> {
      const availability = this.availability();
      if (availability !== 'available') return availability;
      const current = await load();
      const sealed = Buffer.from(sealer.seal(planKey.key.toString('hex'))).toString('base64');
      await save({ ...current, keys: { ...current.keys, [idOf(planDir)]: sealed } });
      return 'available';
    },
    /** The key for `planFile`'s bytes, if one is kept and its header names it; null otherwise (then the person is asked). */
    async recall(planDir: string, planFile: Uint8Array): Promise<PlanKey | null> {
      const sealed = (await load()).keys[idOf(planDir)];
      if (!sealed || this.availability() !== 'available') return null;
      try {
        const hex = sealer.open(Buffer.from(sealed, 'base64'));
        if (!/^[0-9a-f]{64}$/.test(hex)) return null;
        return planKeyFor(Buffer.from(hex, 'hex'), planFile);
      } catch {
        return null;
      }
    },
    async forget(planDir: string): Promise<void> {
      const current = await load();
      if (!(idOf(planDir) in current.keys)) return;
      const keys = { ...current.keys };
      delete keys[idOf(planDir)];
      await save({ ...current, keys });
    },
  };
}

export type RememberedKeys = ReturnType<typeof createRememberedKeys>;
