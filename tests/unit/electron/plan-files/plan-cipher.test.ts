import { describe, expect, it } from 'vitest';
import { createPlanKey, DEFAULT_KDF, open, seal, unlockKey } from '../../../../electron/services/encryption/plan-cipher';
import { ENVELOPE_MAGIC, isEncryptedFile, parseEnvelope } from '../../../../shared/plan-files/envelope';

// A low scrypt cost keeps the tests quick; the cost is read from each file's header, so the code path is the same.
const FAST = { logN: 10, r: 8, p: 1 };
const PLAN = new TextEncoder().encode('{"schemaVersion":2,"profile":{"displayName":"Wei"}}\n');

describe('encryption at rest', () => {
  it('uses scrypt at N = 2^17, r = 8 by default', () => {
    expect(DEFAULT_KDF).toEqual({ logN: 17, r: 8, p: 1 });
  });

  it('round-trips, with a fresh nonce for every write and no plaintext on disk', async () => {
    const planKey = await createPlanKey('correct horse battery staple', FAST);
    const first = seal(planKey, PLAN);
    const second = seal(planKey, PLAN);
    expect(isEncryptedFile(first)).toBe(true);
    expect(Buffer.from(first).toString('latin1')).not.toContain('Wei');
    const nonceOf = (bytes: Uint8Array) => Buffer.from(parseEnvelope(bytes).ok ? (parseEnvelope(bytes) as { value: { nonce: Uint8Array } }).value.nonce : []);
    expect(nonceOf(first).equals(nonceOf(second))).toBe(false);
    const unlocked = await unlockKey('correct horse battery staple', first);
    expect(unlocked.ok).toBe(true);
    if (!unlocked.ok) return;
    expect(open(unlocked.value, second)).toEqual({ ok: true, value: Buffer.from(PLAN) });
  });

  it('tells a wrong passphrase from a damaged file', async () => {
    const planKey = await createPlanKey('right one', FAST);
    const sealed = seal(planKey, PLAN);
    expect(await unlockKey('wrong one', sealed)).toEqual({ ok: false, problem: 'wrong-passphrase' });
    // Unicode passphrases are normalised, so the same words typed on another keyboard still unlock.
    const chinese = await createPlanKey('搬家计划\u00e9', FAST);
    expect((await unlockKey('搬家计划e\u0301', seal(chinese, PLAN))).ok).toBe(true);
  });

  it('refuses every flipped byte, a truncated file and a file from a newer version', async () => {
    const planKey = await createPlanKey('pass', FAST);
    const sealed = seal(planKey, PLAN);
    for (let at = 0; at < sealed.length; at++) {
      const flipped = Uint8Array.from(sealed);
      flipped[at]! ^= 0x01;
      const result = open(planKey, flipped);
      expect(result.ok, `byte ${at}`).toBe(false);
    }
    for (const length of [0, 5, ENVELOPE_MAGIC.length + 2, 40, sealed.length - 1]) {
      expect(open(planKey, sealed.subarray(0, length)).ok).toBe(false);
    }
    expect(open(planKey, sealed.subarray(0, 40))).toMatchObject({ ok: false, problem: 'truncated' });
    const newer = Uint8Array.from(sealed);
    newer[ENVELOPE_MAGIC.length] = 2;
    expect(open(planKey, newer)).toEqual({ ok: false, problem: 'newer-version' });
    expect(await unlockKey('pass', newer)).toEqual({ ok: false, problem: 'newer-version' });
  });

  it('refuses a header asking for an unreasonable scrypt cost before deriving anything', async () => {
    const planKey = await createPlanKey('pass', FAST);
    const sealed = Buffer.from(seal(planKey, PLAN));
    const text = sealed.toString('latin1').replace('"logN":10', '"logN":30');
    expect(await unlockKey('pass', Buffer.from(text, 'latin1'))).toEqual({ ok: false, problem: 'bad-header' });
  });
});
