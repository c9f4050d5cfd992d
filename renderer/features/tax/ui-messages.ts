/** UI strings of the tax panels (flat keys, e.g. 'tax.ui.title'); zh-CN must have the same keys. */
export const taxUiMessages = {
  en: {},
  'zh-CN': {},
} as const;
