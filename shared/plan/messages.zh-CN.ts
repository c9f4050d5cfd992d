import type { SameKeys } from '../i18n/same-keys';
import type { messages as en } from './messages.en';

/** 简体中文 texts of messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
  'validation.country': '请从列表中选择国家或地区。',
  'validation.tooLong': '内容过长。',
  'validation.date': '请输入有效日期，格式为 YYYY-MM-DD。',
  'validation.currency': '请从列表中选择货币。',
  'validation.wholeNumber': '请输入整数。',
  'validation.birthYearRange': '请输入 1900 到 2015 之间的出生年份。',
  'validation.experienceRange': '请输入 0 到 60 之间的年数。',
  'validation.required': '此项为必填。',
  'validation.duplicateId': '有两个条目的编号相同。',
  'validation.unknownOffer': '这些设置所属的工作机会已不存在。',
  'validation.invalidChoice': '请选择一个选项。',
} as const satisfies SameKeys<typeof en>;
