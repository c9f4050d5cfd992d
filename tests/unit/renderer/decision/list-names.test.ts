import { describe, expect, it } from 'vitest';
import { listNames } from '../../../../renderer/features/decision/list-names';

const zh = new Intl.ListFormat('zh-CN', { style: 'long', type: 'conjunction' });
const en = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

describe('listNames', () => {
  it('puts a space between a Latin name and the Chinese 和, none beside 、', () => {
    expect(listNames(zh, ['Shanghai Tech', 'Shenzhen Cloud', 'Berlin Mobility GmbH'])).toBe('Shanghai Tech、Shenzhen Cloud 和 Berlin Mobility GmbH');
  });

  it('leaves Chinese names joined as Intl writes them', () => {
    expect(listNames(zh, ['深圳云', '上海科技'])).toBe('深圳云和上海科技');
    expect(listNames(zh, ['深圳云', 'Berlin Mobility'])).toBe('深圳云和 Berlin Mobility');
  });

  it('changes nothing in English', () => {
    expect(listNames(en, ['A', 'B', 'C'])).toBe(en.format(['A', 'B', 'C']));
  });
});
