import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../../../renderer/store/edit-tools/load-once';

describe('loadOnce', () => {
  it('loads once for every ask, and tries again after a failed load', async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error('chunk missing')).mockResolvedValue('tools');
    const ask = loadOnce(load);
    await expect(ask()).rejects.toThrow('chunk missing');
    const [first, second] = [ask(), ask()];
    expect(first).toBe(second);
    await expect(first).resolves.toBe('tools');
    await expect(ask()).resolves.toBe('tools');
    // One failed load and one that worked: nothing loaded twice after it worked.
    expect(load).toHaveBeenCalledTimes(2);
  });
});
