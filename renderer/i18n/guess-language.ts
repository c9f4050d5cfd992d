import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import { interfaceLanguageOf } from '../../shared/plan/profile-values';

/**
 * The plan's language is known only once the plan is read, but the texts should load alongside it, not
 * after it (issue 16): the language of the last plan shown is remembered here and its texts are loaded
 * while the plan loads; only if the plan says otherwise does the other language load.
 */
const KEY = 'planner.interfaceLanguage';

export function guessLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): InterfaceLanguage {
  try {
    return interfaceLanguageOf(storage?.getItem(KEY));
  } catch {
    return 'en'; // storage refused (private mode, quota): English, the language of a new plan
  }
}

export function rememberLanguage(language: InterfaceLanguage, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    if (storage?.getItem(KEY) !== language) storage?.setItem(KEY, language);
  } catch {
    // Only a guess for the next start: nothing is lost without it.
  }
}
