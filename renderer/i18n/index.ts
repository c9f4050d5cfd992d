import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import { planMessages } from '../../shared/plan/messages';
import { en } from './en';
import { zhCN } from './zh-cn';

/**
 * Keys are flat strings ("profile.birthYear"), so separators are off. Each feature's messages live next
 * to its logic in shared/ and are merged here, one resource per language.
 */
type Messages = { en: Record<string, string>; 'zh-CN': Record<string, string> };
const featureMessages: Messages[] = [planMessages];

export function registerMessages(messages: Messages): void {
  i18next.addResources('en', 'translation', messages.en);
  i18next.addResources('zh-CN', 'translation', messages['zh-CN']);
}

export function initI18n(language: InterfaceLanguage = 'en'): void {
  const merge = (base: Record<string, string>, pick: (m: Messages) => Record<string, string>) =>
    Object.assign({}, base, ...featureMessages.map(pick));
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: {
      en: { translation: merge(en, (m) => m.en) },
      'zh-CN': { translation: merge(zhCN, (m) => m['zh-CN']) },
    },
    initAsync: false,
  });
}

export function setInterfaceLanguage(language: InterfaceLanguage): void {
  if (i18next.language !== language) void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
