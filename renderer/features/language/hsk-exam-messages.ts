/** Strings of the HSK 3.0 exam-changes card on an HSK goal (issue 13). */
const en = {
  'language.ui.hskExam.title': 'HSK 3.0: what changes in the exam',
  'language.ui.hskExam.intro': 'These change how you take the test, not the word counts above.',
  'language.ui.hskExam.reviewedOn': 'Reviewed on {{date}}',
  'language.ui.hskExam.verify': 'Verify with the official source',
} as const;

const zhCN: Record<keyof typeof en, string> = {
  'language.ui.hskExam.title': 'HSK 3.0：考试有哪些变化',
  'language.ui.hskExam.intro': '以下变化关乎考试方式，而非上方的词汇量。',
  'language.ui.hskExam.reviewedOn': '核查日期：{{date}}',
  'language.ui.hskExam.verify': '请以官方来源为准',
};

export const hskExamMessages = { en, 'zh-CN': zhCN } as const;
