import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../../shared/checklists/templates/index';
import { FRAMEWORKS, WORD_STANDARDS } from '../../../../shared/language/frameworks';
import { HSK_EXAM_SOURCES } from '../../../../shared/language/hsk-exam-changes';
import { goalLanguageCode, goalLanguageToStore } from '../../../../shared/language/goal-language';
import { RESIDENCY_SOURCES } from '../../../../shared/residency/sources';
import { hasChineseTitle, sourceTitle } from '../../../../shared/sources';

const allSources = [
  ...BUILT_IN_TEMPLATES.flatMap((template) => template.sources),
  ...Object.values(FRAMEWORKS).flatMap((framework) => framework.sources),
  ...Object.values(WORD_STANDARDS).flatMap((standard) => standard.sources),
  ...HSK_EXAM_SOURCES,
  ...Object.values(RESIDENCY_SOURCES),
];

describe('source titles in both languages', () => {
  it('gives every built-in source a Chinese title and shows no internal note as a source', () => {
    expect(allSources.length).toBeGreaterThan(40);
    for (const source of allSources) {
      expect(hasChineseTitle(source.title), source.title).toBe(true);
      expect(source.title).not.toMatch(/reference facts|compiled from/i);
    }
  });

  it('shows the Chinese title in Chinese and the English one in English', () => {
    const law = { title: 'Individual Income Tax Law of the PRC, art. 1 (183 days in a calendar year)', url: null, date: '2018-08-31' };
    expect(sourceTitle(law, 'zh-CN')).toBe('《中华人民共和国个人所得税法》第一条（一个纳税年度内在中国境内居住累计满183天）');
    expect(sourceTitle(law, 'en')).toBe(law.title);
  });

  it('reads a title stored by an older plan (ISO date inside) as the title is written now', () => {
    const old = { title: "Foreigner's Work Permit service guide (national, in force 2017-04-01)", url: null, date: '2017-04-01' };
    expect(sourceTitle(old, 'en')).toBe("Foreigner's Work Permit service guide (national, in force Apr 1, 2017)");
    expect(sourceTitle(old, 'zh-CN')).toBe('《外国人来华工作许可服务指南（暂行）》（全国，2017年4月1日起施行）');
  });

  it('keeps a source it does not know as it is', () => {
    expect(sourceTitle({ title: 'My own notes' }, 'zh-CN')).toBe('My own notes');
  });
});

describe('a goal’s language', () => {
  it('is stored as a code and old plans’ names read as that code', () => {
    expect(goalLanguageCode('zh')).toBe('zh');
    expect(goalLanguageCode('Chinese (Mandarin)')).toBe('zh');
    expect(goalLanguageCode('中文（普通话）')).toBe('zh');
    expect(goalLanguageCode('Cantonese')).toBeNull();
    expect(goalLanguageToStore(' Chinese (Mandarin) ')).toBe('zh');
    expect(goalLanguageToStore('Cantonese')).toBe('Cantonese');
  });
});
