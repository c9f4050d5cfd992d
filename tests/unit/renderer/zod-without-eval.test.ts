import { afterEach, describe, expect, it, vi } from 'vitest';

describe("the renderer's zod", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses objects without generating code at run time (the page CSP forbids eval)', async () => {
    const { z, config } = await import('../../../renderer/zod-without-eval');
    expect(config().jitless).toBe(true);
    // Made after the setting, as every schema module is in the build (they import zod through the alias).
    const schema = z.object({ name: z.string().min(1), count: z.number().int().default(0) });
    const Generated = vi.fn(() => {
      throw new EvalError('Refused to evaluate a string as JavaScript');
    });
    vi.stubGlobal('Function', Generated);
    expect(schema.parse({ name: 'a' })).toEqual({ name: 'a', count: 0 });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(Generated).not.toHaveBeenCalled();
  });
});
