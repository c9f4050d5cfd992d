import type { SameKeys } from '../../../shared/i18n/same-keys';
import type { messages as en } from './hsk-exam-messages.en';

/** 简体中文 texts of hsk-exam-messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
  'language.ui.hskExam.title': 'HSK 3.0：考试有哪些变化',
  'language.ui.hskExam.intro': '以下变化关乎考试方式，而非上方的词汇量。',
  'language.ui.hskExam.reviewedOn': '核查日期：{{date}}',
  'language.ui.hskExam.verify': '请以官方来源为准',
} as const satisfies SameKeys<typeof en>;
