import type { BilingualText } from '../checklists/localized-text';
import type { Source } from './frameworks';

/*
 * What changes in the HSK exam itself with HSK 3.0 (issue 13), shown on HSK goals. The word counts are a
 * separate matter (frameworks.ts). Dates come from the Center for Language Education and Cooperation's
 * announcement as reported by Xinhua; no official date was found for when the HSK 2.0 exam ends, so that
 * line is flagged rather than guessed.
 */
export const HSK_EXAM_CHANGES_REVIEWED_ON = '2026-12-01';

export interface HskExamChange {
  readonly key: string;
  readonly text: BilingualText;
  readonly needsVerification: boolean;
}

const bi = (en: string, zhCN: string): BilingualText => ({ en, 'zh-CN': zhCN });

export const HSK_EXAM_CHANGES: readonly HskExamChange[] = [
  {
    key: 'pilot',
    text: bi(
      'The first HSK 3.0 tests are a pilot on Jan 31, 2026 at selected centres, levels 1 to 6, on paper or by computer (registration from Dec 19, 2025 at chinesetest.cn; results on Mar 14, 2026).',
      'HSK 3.0 首次考试为2026年1月31日在部分考点举行的试行考试，覆盖一至六级，分纸笔考试和机考（2025年12月19日起在中文考试服务网 chinesetest.cn 报名；2026年3月14日公布成绩）。',
    ),
    needsVerification: false,
  },
  {
    key: 'speaking',
    text: bi(
      'Speaking is required for levels 3 to 6: you register for the matching speaking test at the same time and cannot take the written test alone.',
      '三至六级必须同时报考相应的口语考试，不能只参加笔试。',
    ),
    needsVerification: false,
  },
  {
    key: 'reports',
    text: bi('Score reports are valid for two years from the test.', '成绩报告有效期为两年。'),
    needsVerification: false,
  },
  {
    key: 'levels',
    text: bi(
      'Nine levels instead of six: elementary 1-3, intermediate 4-6, advanced 7-9. Level 4 is the usual requirement for study in China.',
      '由六级改为九级：初等1-3级、中等4-6级、高等7-9级。来华留学的基本语言要求一般为四级。',
    ),
    needsVerification: false,
  },
  {
    key: 'switch-over',
    text: bi(
      'No official date was found for when the HSK 2.0 exam stops. If your goal depends on it, check chinesetest.cn before you register.',
      '未查到HSK 2.0考试停考的官方日期。如你的目标依赖旧版考试，报名前请在中文考试服务网核实。',
    ),
    needsVerification: true,
  },
];

export const HSK_EXAM_SOURCES: readonly Source[] = [
  {
    title: 'Xinhua, via referchina.com: HSK 3.0 pilot on Jan 31, 2026 (Center for Language Education and Cooperation)',
    url: 'https://www.referchina.com/2025/12/hsk-30-arrives-new-chinese-test-to.html',
    date: '2025-12',
  },
  { title: 'Chinese Test Service: HSK 3.0 pilot registration (opened Dec 19, 2025)', url: 'https://www.chinesetest.cn/', date: '2025-12-19' },
];
