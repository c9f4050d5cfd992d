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
    // The offers screen's texts are not part of the start.
    expect(i18next.exists('offers.ui.title')).toBe(false);
    await loadScreenMessages('offers');
    expect(i18next.exists('offers.ui.title')).toBe(true);

    await setInterfaceLanguage('zh-CN');
    expect(i18next.language).toBe('zh-CN');
    expect(i18next.t('app.loading')).toBe('正在打开你的规划…');
    // Loaded for the new language before switching, because the offers screen was opened before.
    expect(i18next.t('offers.ui.title')).not.toBe('offers.ui.title');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(guessLanguage(storage)).toBe('zh-CN');
    // A screen opened after the switch gets the new language's texts.
    expect(i18next.exists('checklists.ui.title')).toBe(false);
    await loadScreenMessages('checklists');
    expect(i18next.t('checklists.ui.title')).toBe('签证与材料清单');
    // Only the language on screen: English was left behind by the switch.
    expect(i18next.getResource('en', 'translation', 'checklists.ui.title')).toBeUndefined();
  });
});
