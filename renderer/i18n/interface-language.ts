import { useTranslation } from 'react-i18next';
import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import { interfaceLanguageOf } from '../../shared/plan/profile-values';

export { interfaceLanguageOf };

/** The interface language on screen (i18next's, which may still be a tag such as "en-US" before the plan is in). */
export function useInterfaceLanguage(): InterfaceLanguage {
  const { i18n } = useTranslation();
  return interfaceLanguageOf(i18n.language);
}
