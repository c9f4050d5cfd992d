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

// flip-card.tsx picks the FirstMonth sentence when the span is one month (Chinese has no plural forms to do it).
describe('the leaving-month texts', () => {
  async function translator(language: 'en' | 'zh-CN') {
    const { default: i18next } = await import('i18next');
    const instance = i18next.createInstance();
    await instance.init({ lng: language, resources: { [language]: { translation: decisionUiMessages[language] } }, keySeparator: false, nsSeparator: false, interpolation: { escapeValue: false } });
    return instance.t.bind(instance);
  }
  const params = { company: 'Alpha', runnerUp: 'Beta', date: 'Apr 1, 2027', next: 2 };

  it('say "its first month" and "month 1", not "first 1 months" and "month 1–1"', async () => {
    const t = await translator('en');
    expect(t('decision.flip.leaveWorseFirstMonth', { ...params, months: 1 })).toBe(
      'Leave Alpha in its first month (by Apr 1, 2027) and Beta would have been the better choice; from month 2 on Alpha stays ahead.',
    );
    expect(t('decision.flip.leaveWorse', { ...params, months: 11, next: 12 })).toContain('in its first 11 months');
    expect(t('decision.sensitivity.leaveFirstMonth', { company: 'Alpha', months: 1 })).toBe('Leaving Alpha in month 1');
    expect(t('decision.sensitivity.leave', { company: 'Alpha', months: 48 })).toBe('Leaving Alpha in month 1–48');
  });

  it('in Chinese, "第 1 个月" for one month and "前 N 个月" for more', async () => {
    const t = await translator('zh-CN');
    expect(t('decision.flip.leaveWorseFirstMonth', { ...params, months: 1 })).toContain('工作的第 1 个月内');
    expect(t('decision.flip.leaveWorse', { ...params, months: 11 })).toContain('工作的前 11 个月内');
    expect(t('decision.sensitivity.leaveFirstMonth', { company: 'Alpha', months: 1 })).toBe('在第 1 个月离开 Alpha');
  });
});
