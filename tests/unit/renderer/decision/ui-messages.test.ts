import { describe, expect, it } from 'vitest';
import { leaveWorseKey } from '../../../../renderer/features/decision/leave-month-key';
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

describe('the leaving-month texts', () => {
  it('take the one-month sentence for one month only', () => {
    expect(leaveWorseKey(1)).toBe('decision.flip.leaveWorseFirstMonth');
    expect(leaveWorseKey(2)).toBe('decision.flip.leaveWorse');
    expect(leaveWorseKey(11)).toBe('decision.flip.leaveWorse');
  });

  async function translator(language: 'en' | 'zh-CN') {
    const { default: i18next } = await import('i18next');
    const instance = i18next.createInstance();
    await instance.init({ lng: language, resources: { [language]: { translation: decisionUiMessages[language] } }, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
    return instance.t.bind(instance);
  }
  const params = { company: 'Alpha', runnerUp: 'Beta', date: 'Apr 1, 2027', next: 2 };

  it('say "its first month", not "its first 1 months"', async () => {
    const t = await translator('en');
    expect(t('decision.flip.leaveWorseFirstMonth', { ...params, months: 1 })).toBe(
      'Leave Alpha in its first month (by Apr 1, 2027) and Beta would have been the better choice; from month 2 on Alpha stays ahead.',
    );
    expect(t('decision.flip.leaveWorse', { ...params, months: 11, next: 12 })).toContain('in its first 11 months');
  });

  it('in Chinese, "第 1 个月" for one month and "前 N 个月" for more', async () => {
    // (The sensitivity chart's leaving bar always spans the whole horizon, 12 months or more: one sentence.)
    const t = await translator('zh-CN');
    expect(t('decision.flip.leaveWorseFirstMonth', { ...params, months: 1 })).toContain('工作的第 1 个月内');
    expect(t('decision.flip.leaveWorse', { ...params, months: 11 })).toContain('工作的前 11 个月内');
  });
});
