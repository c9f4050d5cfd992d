/**
 * Messages of the days-in-country counter (validation keys used by schema.ts and the words of its answers).
 * zh-CN is typed against en so a key cannot be missing from one language.
 */
const en = {
  'residency.validation.date': 'Enter a real date as YYYY-MM-DD.',
  'residency.validation.id': 'This stay has no id.',
  'residency.validation.boolean': 'Choose yes or no.',
  'residency.validation.choice': 'Choose one of the options.',
  'residency.validation.note': 'Enter a note as text.',
  'residency.validation.noteTooLong': 'Keep the note to 200 characters.',
  'residency.validation.stay': 'This stay could not be read.',
  'residency.validation.stays': 'The list of stays could not be read.',
  'residency.validation.section': 'The trip log could not be read.',
  'residency.validation.tooMany': 'The log holds at most 500 stays.',
  'residency.validation.exitBeforeEntry': 'The exit date is before the entry date.',
  'residency.validation.overlap': 'This stay overlaps another one: you cannot be in China twice at once. Check both dates.',
  'residency.validation.afterOpenStay': 'An earlier stay has no exit date. Enter when you left before adding a later stay.',
  'residency.validation.duplicateId': 'Two stays have the same id.',
} as const;

type Messages = Record<keyof typeof en, string>;

const zhCN: Messages = {
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
};

export const residencyMessages = { en, 'zh-CN': zhCN } as const;
export type ResidencyMessageKey = keyof typeof en;
