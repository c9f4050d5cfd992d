import { describe, expect, it } from 'vitest';
import { regionName } from '../../../../renderer/i18n/region-name';

describe('regionName', () => {
  it('names a country code in the interface language, whichever language asked before', () => {
    expect(regionName('CN', 'en')).toBe('China');
    expect(regionName('CN', 'zh-CN')).toBe('中国');
    expect(regionName('SG', 'en')).toBe('Singapore');
    expect(regionName('US', 'zh-CN')).toBe('美国');
  });

  it('shows anything that is not a two-letter code as typed, without throwing', () => {
    expect(regionName('Shanghai', 'en')).toBe('Shanghai');
    expect(regionName('cn', 'en')).toBe('cn');
    expect(regionName('', 'zh-CN')).toBe('');
  });
});
