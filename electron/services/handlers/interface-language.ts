import type { InterfaceLanguage } from '../../../shared/plan/profile-schema';

/**
 * The language main's own words follow (the file dialogs' type names, an export's suggested name): the one the
 * page last said it shows (`setInterfaceLanguage`), else the plan's. The two differ in recovery mode, where the
 * plan is a stand-in in the default language while the page keeps the language of the last plan shown
 * (renderer/i18n/boot-language.ts): the dialogs spoke English to a screen in Chinese.
 */
export interface InterfaceLanguageSource {
  current(): InterfaceLanguage;
  shown(language: InterfaceLanguage): void;
}

export function interfaceLanguageSource(planLanguage: () => InterfaceLanguage): InterfaceLanguageSource {
  let shownByPage: InterfaceLanguage | null = null;
  return {
    current: () => shownByPage ?? planLanguage(),
    shown: (language) => {
      shownByPage = language;
    },
  };
}
