import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import { flattenMessages } from './flatten-messages';
import { rememberLanguage } from './guess-language';
import { START_TABLES, SCREEN_TABLES, type MessageTable } from './message-tables';
import type { SectionId } from '../store/ui-slice';

/**
 * Keys are flat strings ("profile.birthYear"), so separators are off. The texts arrive in pieces (issue
 * 16): the active language's start tables before the first render, each screen's own tables with its lazy
 * chunk, and on a language switch the other language's tables for every screen asked for so far, before
 * the switch is made (so no text is ever drawn as its key).
 */
const requested = new Set<MessageTable>();
const loading = new Map<InterfaceLanguage, Map<MessageTable, Promise<void>>>();
/** The language shown, or the one a switch in progress is heading for. */
let targetLanguage: InterfaceLanguage = 'en';

function loadTable(table: MessageTable, language: InterfaceLanguage): Promise<void> {
  let forLanguage = loading.get(language);
  if (!forLanguage) loading.set(language, (forLanguage = new Map()));
  let pending = forLanguage.get(table);
  if (!pending) {
    pending = table[language]().then((tree) => {
      // The flat table is made here for i18next alone, so it need not copy it: without skipCopy it keeps a
      // JSON round-trip of every text, a second copy of each string besides the module's own (note 0030).
      i18next.addResourceBundle(language, 'translation', flattenMessages(tree), true, true, { skipCopy: true });
    });
    forLanguage.set(table, pending);
  }
  return pending;
}

/** Loads tables for the language on screen and, during a switch, for the one coming. */
export function loadMessages(tables: readonly MessageTable[]): Promise<void> {
  for (const table of tables) requested.add(table);
  const languages = new Set([i18next.language as InterfaceLanguage, targetLanguage]);
  return Promise.all([...languages].flatMap((language) => tables.map((table) => loadTable(table, language)))).then(() => undefined);
}

/** A screen's own texts (what its lazy chunk waits for besides its code). */
export function loadScreenMessages(section: SectionId): Promise<void> {
  return loadMessages(SCREEN_TABLES[section]);
}

/** Starts i18next in the guessed language at once; resolves when the shell's and overview's texts are in. */
export function initI18n(language: InterfaceLanguage = 'en'): Promise<void> {
  targetLanguage = language;
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: {},
    initAsync: false,
  });
  document.documentElement.lang = language;
  return loadMessages(START_TABLES);
}

/** Loads the language's tables for every screen asked for so far, then switches; remembered for the next start. */
export async function setInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  targetLanguage = language;
  rememberLanguage(language);
  await Promise.all([...requested].map((table) => loadTable(table, language)));
  // A later switch wins.
  if (targetLanguage !== language) return;
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
