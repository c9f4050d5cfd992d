import { describe, expect, it } from 'vitest';
import { interfaceLanguageOf } from '../../../../shared/plan/profile-values';

describe('interfaceLanguageOf', () => {
  it('reads Simplified Chinese as itself', () => {
    expect(interfaceLanguageOf('zh-CN')).toBe('zh-CN');
  });

  it('reads every other tag, and none, as English (the interface has no third language)', () => {
    for (const tag of ['en', 'en-US', 'zh-TW', 'zh', 'fr', '', undefined, null]) expect(interfaceLanguageOf(tag)).toBe('en');
  });
});
