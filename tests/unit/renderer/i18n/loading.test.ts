import { beforeAll, describe, expect, it } from 'vitest';
import { guessLanguage, rememberLanguage } from '../../../../renderer/i18n/guess-language';

/** A Storage with only what the guess uses. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('the first language guess', () => {
  it('is English with nothing remembered, and the language last shown after that', () => {
    const storage = memoryStorage();
    expect(guessLanguage(storage)).toBe('en');
    rememberLanguage('zh-CN', storage);
    expect(guessLanguage(storage)).toBe('zh-CN');
    rememberLanguage('en', storage);
    expect(guessLanguage(storage)).toBe('en');
  });

  it('falls back to English for a value it does not know or a storage that refuses', () => {
    expect(guessLanguage({ getItem: () => 'fr' })).toBe('en');
    expect(
      guessLanguage({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBe('en');
  });
});

describe('texts loaded in pieces', () => {
  const storage = memoryStorage();
  beforeAll(() => {
    // The loader sets <html lang> and remembers the language; this suite runs without a DOM.
    Object.assign(globalThis, { document: { documentElement: { lang: '' } }, localStorage: storage });
  });

  it('starts with the shell and overview texts of one language, a screen adds its own, a switch loads the other language first', async () => {
    const { initI18n, loadScreenMessages, setInterfaceLanguage, i18next } = await import('../../../../renderer/i18n');
    await initI18n('en');
    expect(i18next.t('app.loading')).toBe('Opening your plan…');
    expect(i18next.hasResourceBundle('zh-CN', 'translation')).toBe(false);
    // The residency and offers screens' own texts are not part of the start.
    expect(i18next.exists('residency.validation.id')).toBe(false);
    expect(i18next.exists('offers.ui.title')).toBe(false);

    await setInterfaceLanguage('zh-CN');
    expect(i18next.language).toBe('zh-CN');
    expect(i18next.t('app.loading')).toBe('正在打开你的规划…');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(guessLanguage(storage)).toBe('zh-CN');
    // A screen opened now gets the language on screen only.
    await loadScreenMessages('residency');
    expect(i18next.t('residency.validation.id')).toBe('此次停留缺少编号。');
    expect(i18next.getResource('en', 'translation', 'residency.validation.id')).toBeUndefined();

    // Switching back loads the English texts of every screen opened so far before the switch.
    await setInterfaceLanguage('en');
    expect(i18next.t('residency.validation.id')).toBe('This stay has no id.');
    expect(i18next.exists('offers.ui.title')).toBe(false);
    await loadScreenMessages('offers');
    expect(i18next.t('offers.ui.title')).toBe('Offers');
  });
});
