import { describe, expect, it } from 'vitest';
import { bootLanguage } from '../../../../renderer/i18n/boot-language';

describe('bootLanguage', () => {
  it("draws a readable plan in the plan's own language, whatever was guessed", () => {
    expect(bootLanguage('en', { mode: 'normal' }, 'zh-CN')).toBe('en');
    expect(bootLanguage('zh-CN', { mode: 'read-only' }, 'en')).toBe('zh-CN');
  });

  it('keeps the language of the last plan shown in recovery mode, where the plan on screen is a stand-in', () => {
    expect(bootLanguage('en', { mode: 'recovery' }, 'zh-CN')).toBe('zh-CN');
  });
});
