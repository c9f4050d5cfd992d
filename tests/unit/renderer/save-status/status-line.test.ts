import { describe, expect, it } from 'vitest';
import { saveLineOf, type SaveLineInput } from '../../../../renderer/features/save-status/status-line';
import { saveStatusUiMessages } from '../../../../renderer/features/save-status/ui-messages';

const normal = { mode: 'normal' as const, dataDir: '/d', planFile: '/d/plan.json' };
const base: SaveLineInput = { storage: normal, saveState: 'idle', saveError: null, saveRetryAt: null, rejectedMessageKey: null, invalidCount: 0 };
const NOW = 1_000_000;

describe('the one save status line', () => {
  it('reads "All saved" on a plan just opened, and when the last write was acknowledged', () => {
    expect(saveLineOf(base, NOW)).toEqual({ kind: 'saved' });
    expect(saveLineOf({ ...base, saveState: 'saved' }, NOW)).toEqual({ kind: 'saved' });
  });

  it('never says saved beside fields that are not: the count wins over "saved"', () => {
    expect(saveLineOf({ ...base, saveState: 'saved', invalidCount: 2 }, NOW)).toEqual({ kind: 'invalid', count: 2 });
    expect(saveLineOf({ ...base, saveState: 'saved', invalidCount: 2, rejectedMessageKey: 'validation.x' }, NOW)).toEqual({
      kind: 'rejected',
      messageKey: 'validation.x',
    });
  });

  it('a failed write gives the disk’s reason and the seconds to the retry (rounded up)', () => {
    const failed = { ...base, saveState: 'failed' as const, invalidCount: 3 };
    const diskFull = { code: 'io' as const, message: 'ENOSPC', ioReason: 'disk-full' as const };
    // 10 s minus 1 ms to go still reads 10 s; 0.2 s to go reads 1 s.
    expect(saveLineOf({ ...failed, saveError: diskFull, saveRetryAt: NOW + 9_999 }, NOW)).toEqual({
      kind: 'failed',
      reasonKey: 'saveLine.reason.disk-full',
      retryInSeconds: 10,
    });
    expect(saveLineOf({ ...failed, saveError: diskFull, saveRetryAt: NOW + 200 }, NOW)).toMatchObject({ retryInSeconds: 1 });
    expect(saveLineOf({ ...failed, saveError: { code: 'io', message: 'x' }, saveRetryAt: null }, NOW)).toEqual({
      kind: 'failed',
      reasonKey: 'saveLine.reason.other',
      retryInSeconds: null,
    });
    expect(saveLineOf({ ...failed, saveError: { code: 'internal', message: 'x' } }, NOW)).toMatchObject({ reasonKey: 'error.internal' });
    expect(saveLineOf({ ...failed, saveError: { code: 'external-change', message: 'x' } }, NOW)).toEqual({ kind: 'external-change' });
  });

  it('recovery and read-only come before everything; saving before the field count', () => {
    const recovery = { ...normal, mode: 'recovery' as const, quarantinedFile: null, reason: 'too-large' as const, detail: '', newestBackup: null };
    expect(saveLineOf({ ...base, storage: recovery, saveState: 'failed', saveError: { code: 'io', message: '' } }, NOW)).toEqual({ kind: 'recovery' });
    expect(saveLineOf({ ...base, storage: { ...normal, mode: 'read-only', detail: '' }, invalidCount: 1 }, NOW)).toEqual({ kind: 'read-only' });
    expect(saveLineOf({ ...base, saveState: 'saving', invalidCount: 1 }, NOW)).toEqual({ kind: 'saving' });
  });

  it('every reason and line has its words in both languages', () => {
    const en = Object.keys(saveStatusUiMessages.en).sort();
    expect(Object.keys(saveStatusUiMessages['zh-CN']).sort()).toEqual(en);
    for (const reason of ['disk-full', 'read-only', 'no-permission', 'busy', 'other']) expect(en).toContain(`saveLine.reason.${reason}`);
    expect(saveStatusUiMessages['zh-CN']['saveLine.failedRetrying']).toContain('{{seconds}}');
  });
});

describe('error words', () => {
  it('every error code a save can end in has words in both languages', async () => {
    const { ERROR_CODES } = await import('../../../../shared/contract/result');
    const { en } = await import('../../../../renderer/i18n/en');
    const { zhCN } = await import('../../../../renderer/i18n/zh-cn');
    for (const [base, feature] of [
      [en, saveStatusUiMessages.en],
      [zhCN, saveStatusUiMessages['zh-CN']],
    ] as const) {
      const merged: Record<string, string> = { ...base, ...feature };
      for (const code of ERROR_CODES) expect(merged[`error.${code}`], code).toEqual(expect.any(String));
    }
  });
});
