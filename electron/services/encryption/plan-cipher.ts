import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { envelopePrefix, NONCE_BYTES, parseEnvelope, type EnvelopeHeader, type EnvelopeProblem } from '../../../shared/plan-files/envelope';

/**
 * scrypt with N = 2^17, r = 8, p = 1 (128 MiB, OWASP's recommended minimum for scrypt) derives a 256-bit key
 * from the passphrase; AES-256-GCM from Node's crypto seals each file with a fresh random 96-bit nonce.
 */
export const DEFAULT_KDF = { logN: 17, r: 8, p: 1 } as const;

export interface KdfCost {
  logN: number;
  r: number;
  p: number;
}

/** A derived key and the header every file sealed with it carries. */
export interface PlanKey {
  key: Buffer;
  header: EnvelopeHeader;
}

function deriveRaw(passphrase: string, salt: Buffer, cost: KdfCost): Promise<Buffer> {
  const N = 2 ** cost.logN;
  // Node refuses scrypt above its default 32 MiB unless maxmem allows it: 128 * N * r bytes plus room.
  const maxmem = 256 * N * cost.r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r: cost.r, p: cost.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

function keyCheckOf(key: Buffer): string {
  return createHash('sha256').update('relocation-planner key check').update(key).digest().subarray(0, 16).toString('hex');
}

/** A new key with a new random salt, for a plan being encrypted or given a new passphrase. */
export async function createPlanKey(passphrase: string, cost: KdfCost = DEFAULT_KDF): Promise<PlanKey> {
  const salt = randomBytes(16);
  const key = await deriveRaw(passphrase, salt, cost);
  return { key, header: { kdf: 'scrypt', ...cost, salt: salt.toString('hex'), keyCheck: keyCheckOf(key), cipher: 'aes-256-gcm' } };
}

export type UnlockProblem = EnvelopeProblem | 'wrong-passphrase';

/** The key for an encrypted file, from the salt and cost in its own header; refuses a wrong passphrase. */
export async function unlockKey(passphrase: string, sealed: Uint8Array): Promise<{ ok: true; value: PlanKey } | { ok: false; problem: UnlockProblem }> {
  const parsed = parseEnvelope(sealed);
  if (!parsed.ok) return parsed;
  const { header } = parsed.value;
  const key = await deriveRaw(passphrase, Buffer.from(header.salt, 'hex'), header);
  if (!timingSafeEqual(Buffer.from(keyCheckOf(key), 'hex'), Buffer.from(header.keyCheck, 'hex'))) return { ok: false, problem: 'wrong-passphrase' };
  return { ok: true, value: { key, header } };
}

/**
 * A key kept elsewhere (the OS keychain) for a file whose header is given: accepted only if it is the key
 * that header's key check names, so a stale or foreign key is never used to write.
 */
export function planKeyFor(key: Buffer, sealed: Uint8Array): PlanKey | null {
  const parsed = parseEnvelope(sealed);
  if (!parsed.ok || key.length !== 32) return null;
  const { header } = parsed.value;
  return timingSafeEqual(Buffer.from(keyCheckOf(key), 'hex'), Buffer.from(header.keyCheck, 'hex')) ? { key, header } : null;
}

export function seal(planKey: PlanKey, plaintext: Uint8Array): Uint8Array {
  const prefix = envelopePrefix(planKey.header);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', planKey.key, nonce);
  cipher.setAAD(prefix);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([prefix, nonce, ciphertext, cipher.getAuthTag()]);
}

export type OpenProblem = EnvelopeProblem | 'other-key' | 'damaged';

/** Decrypts a file sealed with this key; any changed byte (header, nonce, ciphertext or tag) fails as damaged. */
export function open(planKey: PlanKey, sealed: Uint8Array): { ok: true; value: Buffer } | { ok: false; problem: OpenProblem } {
  const parsed = parseEnvelope(sealed);
  if (!parsed.ok) return parsed;
  const { header, aad, nonce, ciphertext, tag } = parsed.value;
  if (header.salt !== planKey.header.salt || header.keyCheck !== planKey.header.keyCheck) return { ok: false, problem: 'other-key' };
  try {
    const decipher = createDecipheriv('aes-256-gcm', planKey.key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return { ok: true, value: Buffer.concat([decipher.update(ciphertext), decipher.final()]) };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
