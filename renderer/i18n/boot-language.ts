import type { StorageStatus } from '../../shared/contract/operations';
import type { InterfaceLanguage } from '../../shared/plan/profile-schema';

/**
 * The language to draw the first screen in. Normally the plan's own. In recovery mode the plan on screen is a
 * stand-in (the real file could not be read), whose language is the default, English: a person who reads
 * Chinese got the recovery screen, the one that most needs to be understood, in English, and the English was
 * remembered for the next start too. There the language of the last plan shown (the guess) is kept instead.
 */
export function bootLanguage(planLanguage: InterfaceLanguage, storage: Pick<StorageStatus, 'mode'>, guessed: InterfaceLanguage): InterfaceLanguage {
  return storage.mode === 'recovery' ? guessed : planLanguage;
}
