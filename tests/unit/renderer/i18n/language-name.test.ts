import { describe, expect, it } from 'vitest';
import { languageName } from '../../../../renderer/i18n/language-name';

describe('languageName', () => {
  it('names a language code in the interface language', () => {
    expect(languageName('zh', 'en')).toBe('Chinese');
    expect(languageName('ja', 'zh-CN')).toBe('日语');
  });

  it('shows a typed name as it was typed instead of throwing (plans written before codes)', () => {
    // Intl.DisplayNames#of throws RangeError("invalid_argument") on this one; it blanked the overview.
    expect(languageName('Chinese (Mandarin)', 'en')).toBe('Chinese (Mandarin)');
    expect(languageName('Mandarin', 'zh-CN')).toBe('Mandarin');
    expect(languageName('普通话', 'en')).toBe('普通话');
  });
});
