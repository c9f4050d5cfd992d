/** UI strings of the checklists screens (flat keys, e.g. 'checklists.ui.title'); zh-CN must have the same keys. */
export const checklistsUiMessages = {
  en: {},
  'zh-CN': {},
} as const;
