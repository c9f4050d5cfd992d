import type { BilingualText } from '../localized-text';

/** Template text is written in pairs so a missing translation is a type error, not a blank line. */
export function bi(en: string, zhCN: string): BilingualText {
  return { en, 'zh-CN': zhCN };
}
