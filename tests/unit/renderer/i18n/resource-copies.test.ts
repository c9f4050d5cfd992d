import { beforeAll, describe, expect, it, vi } from 'vitest';

describe('texts handed to i18next', () => {
  beforeAll(() => {
    // The loader sets <html lang> and remembers the language; this suite runs without a DOM.
    const items = new Map<string, string>();
    Object.assign(globalThis, {
      document: { documentElement: { lang: '' } },
      localStorage: { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) },
    });
  });

  it('are not copied by i18next (the flat table is made for it alone), and are found and merged as before', async () => {
    const { initI18n, loadScreenMessages, i18next } = await import('../../../../renderer/i18n');
    const started = initI18n('en');
    // i18next defines the method when it starts; the tables arrive after that.
    const added = vi.spyOn(i18next, 'addResourceBundle');
    await started;
    await loadScreenMessages('residency');
    expect(added.mock.calls.length).toBeGreaterThanOrEqual(2);
    for (const call of added.mock.calls) expect(call.slice(3)).toEqual([true, true, { skipCopy: true }]);
    // Both loads' texts side by side in one bundle: i18next merges each table into it, the strings shared, not copied.
    const bundle = i18next.getResourceBundle('en', 'translation') as Record<string, string>;
    expect(bundle['app.loading']).toBe('Opening your plan…');
    expect(bundle['residency.validation.id']).toBe('This stay has no id.');
    expect(i18next.t('residency.validation.id')).toBe('This stay has no id.');
  });
});
