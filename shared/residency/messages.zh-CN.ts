import type { SameKeys } from '../i18n/same-keys';
import type { messages as en } from './messages.en';

/** 简体中文 texts of messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
  'residency.validation.date': '请输入有效日期，格式为 YYYY-MM-DD。',
  'residency.validation.id': '此次停留缺少编号。',
  'residency.validation.boolean': '请选择是或否。',
  'residency.validation.choice': '请选择其中一项。',
  'residency.validation.note': '备注须为文字。',
  'residency.validation.noteTooLong': '备注请控制在200个字符以内。',
  'residency.validation.stay': '无法读取此次停留。',
  'residency.validation.stays': '无法读取停留记录列表。',
  'residency.validation.section': '无法读取出入境记录。',
  'residency.validation.tooMany': '记录最多可保存500次停留。',
  'residency.validation.exitBeforeEntry': '离境日期早于入境日期。',
  'residency.validation.overlap': '此次停留与另一次重叠：你不可能同时两次身在中国。请检查两处日期。',
  'residency.validation.afterOpenStay': '之前有一次停留尚未填写离境日期。请先填写离境日期，再添加之后的停留。',
  'residency.validation.duplicateId': '有两次停留的编号相同。',
} as const satisfies SameKeys<typeof en>;
