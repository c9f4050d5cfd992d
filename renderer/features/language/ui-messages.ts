/** UI strings of the language screens (flat keys, e.g. 'language.ui.title'); zh-CN must have the same keys. */
export const languageUiMessages = {
  en: {},
  'zh-CN': {},
} as const;
