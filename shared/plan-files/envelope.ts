import { z } from 'zod';

/**
 * The encrypted-file envelope: every encrypted file (plan.json, its backups, vault files) is
 *
 *   "RPLANENC" | version (1 byte) | header length (2 bytes, big-endian) | header (JSON) | nonce (12) | ciphertext | tag (16)
 *
 * The header names the key derivation (scrypt, with its salt and cost) and a key check, so the file alone
 * says how to open it and a wrong passphrase is told apart from a damaged file. Everything before the nonce
 * is authenticated as additional data: changing the cost or the salt breaks the tag like any flipped byte.
 * Pure: the cipher itself runs in the main process (Node's crypto).
 */
export const ENVELOPE_MAGIC = 'RPLANENC';
export const ENVELOPE_VERSION = 1;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
const PREFIX_BYTES = ENVELOPE_MAGIC.length + 1 + 2;

/** Costs a file may ask for: enough for any real setting, not so much that a hostile file can exhaust memory. */
export const KDF_LIMITS = { maxLogN: 20, maxR: 16, maxP: 4 };

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

export const envelopeHeaderSchema = z
  .object({
    kdf: z.literal('scrypt'),
    logN: z.int().min(10).max(KDF_LIMITS.maxLogN),
    r: z.int().min(1).max(KDF_LIMITS.maxR),
    p: z.int().min(1).max(KDF_LIMITS.maxP),
    salt: hex(16),
    /** First 16 bytes of SHA-256("relocation-planner key check" || key): tells a wrong passphrase from damage. */
    keyCheck: hex(16),
    cipher: z.literal('aes-256-gcm'),
  })
  .strict();

export type EnvelopeHeader = z.infer<typeof envelopeHeaderSchema>;

export type ParsedEnvelope = {
  header: EnvelopeHeader;
  /** Magic, version, length and header: the additional authenticated data. */
  aad: Uint8Array;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  tag: Uint8Array;
};

export type EnvelopeProblem = 'not-encrypted' | 'truncated' | 'newer-version' | 'bad-header';

export function isEncryptedFile(bytes: Uint8Array): boolean {
  if (bytes.length < ENVELOPE_MAGIC.length) return false;
  for (let i = 0; i < ENVELOPE_MAGIC.length; i++) if (bytes[i] !== ENVELOPE_MAGIC.charCodeAt(i)) return false;
  return true;
}

export function parseEnvelope(bytes: Uint8Array): { ok: true; value: ParsedEnvelope } | { ok: false; problem: EnvelopeProblem } {
  if (!isEncryptedFile(bytes)) return { ok: false, problem: 'not-encrypted' };
  if (bytes.length < PREFIX_BYTES) return { ok: false, problem: 'truncated' };
  const version = bytes[ENVELOPE_MAGIC.length]!;
  if (version > ENVELOPE_VERSION) return { ok: false, problem: 'newer-version' };
  if (version !== ENVELOPE_VERSION) return { ok: false, problem: 'bad-header' };
  const headerLength = (bytes[PREFIX_BYTES - 2]! << 8) | bytes[PREFIX_BYTES - 1]!;
  const headerEnd = PREFIX_BYTES + headerLength;
  if (bytes.length < headerEnd + NONCE_BYTES + TAG_BYTES) return { ok: false, problem: 'truncated' };
  let header: EnvelopeHeader;
  try {
    const parsed = envelopeHeaderSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, headerEnd))));
    if (!parsed.success) return { ok: false, problem: 'bad-header' };
    header = parsed.data;
  } catch {
    return { ok: false, problem: 'bad-header' };
  }
  return {
    ok: true,
    value: {
      header,
      aad: bytes.subarray(0, headerEnd),
      nonce: bytes.subarray(headerEnd, headerEnd + NONCE_BYTES),
      ciphertext: bytes.subarray(headerEnd + NONCE_BYTES, bytes.length - TAG_BYTES),
      tag: bytes.subarray(bytes.length - TAG_BYTES),
    },
  };
}

/** Magic, version, length and header, ready to be authenticated and written ahead of nonce, ciphertext and tag. */
export function envelopePrefix(header: EnvelopeHeader): Uint8Array {
  const headerBytes = new TextEncoder().encode(JSON.stringify(envelopeHeaderSchema.parse(header)));
  const prefix = new Uint8Array(PREFIX_BYTES + headerBytes.length);
  for (let i = 0; i < ENVELOPE_MAGIC.length; i++) prefix[i] = ENVELOPE_MAGIC.charCodeAt(i);
  prefix[ENVELOPE_MAGIC.length] = ENVELOPE_VERSION;
  prefix[PREFIX_BYTES - 2] = headerBytes.length >> 8;
  prefix[PREFIX_BYTES - 1] = headerBytes.length & 0xff;
  prefix.set(headerBytes, PREFIX_BYTES);
  return prefix;
}
