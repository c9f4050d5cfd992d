import { useTranslation } from 'react-i18next';
import type { InterfaceLanguage } from '../../shared/plan/profile-schema';

/** A language tag as one of the interface's two: Simplified Chinese for "zh-CN", English for anything else. */
export function interfaceLanguageOf(language: string | null | undefined): InterfaceLanguage {
  return language === 'zh-CN' ? 'zh-CN' : 'en';
}

/** The interface language on screen (i18next's, which may still be a tag such as "en-US" before the plan is in). */
export function useInterfaceLanguage(): InterfaceLanguage {
  const { i18n } = useTranslation();
  return interfaceLanguageOf(i18n.language);
}
