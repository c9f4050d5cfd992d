import { describe, expect, it } from 'vitest';
import { decisionUiMessages } from '../../../../renderer/features/decision/ui-messages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the decision messages', () => {
  it('English and Chinese have the same keys', () => {
    expect(Object.keys(decisionUiMessages['zh-CN']).sort()).toEqual(Object.keys(decisionUiMessages.en).sort());
  });

  it('each Chinese message uses the placeholders of its English one (plural forms may leave out the count)', () => {
    const en: Record<string, string> = decisionUiMessages.en;
    const zh: Record<string, string> = decisionUiMessages['zh-CN'];
    for (const key of Object.keys(en)) {
      const expected = placeholders(en[key]!).filter((name) => name !== 'count');
      expect([key, placeholders(zh[key]!).filter((name) => name !== 'count')]).toEqual([key, expected]);
    }
  });
});
