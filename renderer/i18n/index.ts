import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import { checklistMessages } from '../../shared/checklists/messages';
import { messages as languageMessages } from '../../shared/language/messages';
import { OFFER_MESSAGES } from '../../shared/offers/messages';
import { planMessages } from '../../shared/plan/messages';
import { residencyMessages } from '../../shared/residency/messages';
import { TAX_MESSAGES } from '../../shared/tax/messages';
import { historyUiMessages } from '../app/history/ui-messages';
import { appearanceUiMessages } from '../features/appearance/ui-messages';
import { backupsUiMessages } from '../features/backups/ui-messages';
import { checklistsUiMessages } from '../features/checklists/ui-messages';
import { decisionUiMessages } from '../features/decision/ui-messages';
import { hskExamMessages } from '../features/language/hsk-exam-messages';
import { languageUiMessages } from '../features/language/ui-messages';
import { offersUiMessages } from '../features/offers/ui-messages';
import { residencyUiMessages } from '../features/residency/ui-messages';
import { planFilesUiMessages } from '../features/plan-files/ui-messages';
import { taxUiMessages } from '../features/tax/ui-messages';
import { timelineUiMessages } from '../features/timeline/ui-messages';
import { saveStatusUiMessages } from '../features/save-status/ui-messages';
import { searchUiMessages } from '../features/search/ui-messages';
import { en } from './en';
import { flattenMessages, type MessageTree } from './flatten-messages';
import { zhCN } from './zh-cn';

/**
 * Keys are flat strings ("profile.birthYear"), so separators are off. Each feature's messages live next
 * to its logic in shared/ and are merged here, one resource per language.
 */
type Messages = { en: MessageTree; 'zh-CN': MessageTree };
const featureMessages: Messages[] = [
  planMessages,
  OFFER_MESSAGES,
  TAX_MESSAGES,
  checklistMessages,
  languageMessages,
  offersUiMessages,
  taxUiMessages,
  checklistsUiMessages,
  languageUiMessages,
  historyUiMessages,
  backupsUiMessages,
  decisionUiMessages,
  hskExamMessages,
  residencyMessages,
  residencyUiMessages,
  planFilesUiMessages,
  timelineUiMessages,
  saveStatusUiMessages,
  searchUiMessages,
  appearanceUiMessages,
];

export function initI18n(language: InterfaceLanguage = 'en'): void {
  const merge = (base: Record<string, string>, pick: (m: Messages) => MessageTree) =>
    Object.assign({}, base, ...featureMessages.map((m) => flattenMessages(pick(m))));
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
