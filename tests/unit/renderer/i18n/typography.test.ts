import { describe, expect, it } from 'vitest';
import { formatDate, parseTypedDate } from '../../../../shared/dates/format-date';
import { en } from '../../../../renderer/i18n/en';
import { zhCN } from '../../../../renderer/i18n/zh-cn';
import { flattenMessages } from '../../../../renderer/i18n/flatten-messages';
import { ALL_TABLES } from '../../../../renderer/i18n/message-tables';

describe('the date fields’ placeholder', () => {
  for (const [locale, hint] of [
    ['en', en['field.dateHint']],
    ['zh-CN', zhCN['field.dateHint']],
  ] as const) {
    it(`gives an example the field takes, in ISO and in the language's own form (${locale})`, () => {
      const example = /\d{4}-\d{2}-\d{2}/.exec(hint)?.[0];
      expect(example).toBeDefined();
      expect(parseTypedDate(example!)).toBe(example);
      // The same day as the field shows it once left (Mar 10, 2027 / 2027年3月10日) is taken too.
      expect(parseTypedDate(formatDate(example!, locale))).toBe(example);
      // An example, not a mask: a mask (YYYY-MM-DD) reads as if ISO were the only form.
      expect(hint).not.toMatch(/Y{4}/i);
    });
  }
});

describe('brackets in Chinese text', () => {
  // The rule: Chinese text takes full-width brackets （…）, whatever they hold; ASCII ones stay only where they
  // belong to a Latin name, code or formula: 401(k), §3121(l), × (1 + 增长率)^t.
  const LATIN_OWNED = /\d\([a-z]\)|§\d+\([a-z]\)|× \(/;

  it('no Chinese message puts ASCII brackets around Chinese words, and remarks added in code use full-width ones', async () => {
    for (const table of ALL_TABLES) {
      for (const [key, text] of Object.entries(flattenMessages(await table['zh-CN']()))) {
        for (const match of text.matchAll(/\([^()]*\)/g)) {
          if (LATIN_OWNED.test(text.slice(Math.max(0, match.index - 2), match.index + 1))) continue;
          expect(`${key}: ${match[0]}`).not.toMatch(/[\u3400-\u9fff]/);
        }
      }
    }
    expect(zhCN['text.aside']).toMatch(/^（\{\{text\}\}）$/);
    expect(en['text.aside']).toMatch(/^ \(\{\{text\}\}\)$/);
  });
});
