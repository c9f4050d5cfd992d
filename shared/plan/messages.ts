/** Validation messages for the profile and move (keys used by shared/plan/profile-schema.ts). */
export const planMessages = {
  en: {
    'validation.country': 'Choose a country from the list.',
    'validation.tooLong': 'This is too long.',
    'validation.date': 'Enter a real date as YYYY-MM-DD.',
    'validation.currency': 'Choose a currency from the list.',
    'validation.wholeNumber': 'Enter a whole number.',
    'validation.birthYearRange': 'Enter a birth year between 1900 and 2015.',
    'validation.experienceRange': 'Enter a number of years from 0 to 60.',
    'validation.required': 'This is required.',
    'validation.duplicateId': 'Two entries have the same id.',
    'validation.unknownOffer': 'These settings belong to an offer that no longer exists.',
    'validation.invalidChoice': 'Choose one of the options.',
  },
  'zh-CN': {
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
  },
} as const;
