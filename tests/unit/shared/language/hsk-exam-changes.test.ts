import { describe, expect, it } from 'vitest';
import { HSK_EXAM_CHANGES, HSK_EXAM_CHANGES_REVIEWED_ON, HSK_EXAM_SOURCES } from '../../../../shared/language/hsk-exam-changes';

describe('HSK 3.0 exam changes shown on HSK goals', () => {
  const text = (key: string) => HSK_EXAM_CHANGES.find((c) => c.key === key)!;

  it('states speaking for levels 3-6, two-year reports and the pilot date, in both languages', () => {
    expect(text('speaking').text.en).toMatch(/levels 3 to 6/);
    expect(text('speaking').text['zh-CN']).toMatch(/三至六级/);
    expect(text('reports').text.en).toMatch(/two years/);
    expect(text('pilot').text.en).toMatch(/Jan 31, 2026/);
    expect(text('pilot').text['zh-CN']).toMatch(/2026年1月31日/);
  });

  it('flags the switch-over date it could not find, and carries sources and a review date', () => {
    expect(text('switch-over').needsVerification).toBe(true);
    expect(HSK_EXAM_CHANGES.filter((c) => c.needsVerification).map((c) => c.key)).toEqual(['switch-over']);
    expect(HSK_EXAM_SOURCES.length).toBeGreaterThan(0);
    expect(HSK_EXAM_CHANGES_REVIEWED_ON).toBe('2026-12-01');
  });
});
