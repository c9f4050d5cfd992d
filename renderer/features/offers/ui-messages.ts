/** UI strings of the offers screens (flat keys, e.g. 'offers.ui.title'); zh-CN must have the same keys. */
export const offersUiMessages = {
  en: {},
  'zh-CN': {},
} as const;
