import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../../shared/dates/format-date';
import { labelStep } from '../../../../renderer/features/language/chart-labels';
import { dayTitleWriter } from '../../../../renderer/features/language/heatmap-day-title';

/** A stand-in for i18next's t that writes the key and its parameters, and counts its calls. */
function countingT() {
  const calls: string[] = [];
  const t = ((key: string, params?: Record<string, unknown>) => {
    calls.push(key);
    return params ? `${key}(${Object.values(params).join(',')})` : key;
  }) as unknown as TFunction;
  return { t, calls };
}

describe('heatmap day titles', () => {
  it('read date, minutes and kind, in the given language', () => {
    const { t } = countingT();
    const title = dayTitleWriter(t, 'en');
    expect(title('2027-03-03', 40, 'study')).toBe(`${formatDate('2027-03-03', 'en')} · language.ui.heatmap.minutes(40) · language.day.study`);
    expect(title('2027-03-04', 1500, 'missed')).toBe(`${formatDate('2027-03-04', 'en')} · language.ui.heatmap.minutes(1,500) · language.day.missed`);
    expect(dayTitleWriter(t, 'zh-CN')('2027-03-03', 0, 'rest')).toBe(`${formatDate('2027-03-03', 'zh-CN')} · language.ui.heatmap.minutes(0) · language.day.rest`);
  });

  it('translate each minutes figure and each kind once, however many days share them', () => {
    const { t, calls } = countingT();
    const title = dayTitleWriter(t, 'en');
    for (let day = 1; day <= 28; day += 1) title(`2027-02-${String(day).padStart(2, '0')}`, day % 2 === 0 ? 30 : 0, day % 2 === 0 ? 'study' : 'missed');
    expect(calls.filter((key) => key === 'language.ui.heatmap.minutes')).toHaveLength(2);
    expect(calls.filter((key) => key.startsWith('language.day.'))).toHaveLength(2);
  });
});

describe('weekly chart label step', () => {
  it('labels every week of a short plan and about ten weeks of a long one', () => {
    expect(labelStep(0)).toBe(0);
    expect(labelStep(10)).toBe(0);
    expect(labelStep(11)).toBe(1);
    for (const weeks of [26, 157, 520]) {
      const labelled = Math.ceil(weeks / (labelStep(weeks) + 1));
      expect(labelled).toBeLessThanOrEqual(10);
      expect(labelled).toBeGreaterThanOrEqual(6);
    }
  });
});
