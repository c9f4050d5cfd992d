import { en as shell } from './en';
import { messages as plan } from '../../shared/plan/messages.en';
import { messages as history } from '../app/history/ui-messages.en';
import { messages as appearance } from '../features/appearance/ui-messages.en';
import { messages as backups } from '../features/backups/ui-messages.en';
import { messages as saveStatus } from '../features/save-status/ui-messages.en';
import { messages as search } from '../features/search/ui-messages.en';
import { messages as planFiles } from '../features/plan-files/ui-messages.en';
import { messages as timeline } from '../features/timeline/ui-messages.en';
import { messages as checklists } from '../../shared/checklists/messages.en';
import { messages as languageScreen } from '../features/language/ui-messages.en';
import { messages as hskExam } from '../features/language/hsk-exam-messages.en';
import { messages as language } from '../../shared/language/messages.en';
import { messages as decision } from '../features/decision/ui-messages.en';
import { messages as residency } from '../features/residency/ui-messages.en';
import { messages as checklistsScreen } from '../features/checklists/ui-messages.en';
import { messages as worldTax } from '../features/tax/world-ui-messages.en';
import type { MessageTree } from './flatten-messages';

/**
 * The shell's and the overview's texts in English: the start tables in one module, so
 * the first screen's texts arrive in one request, which public/early-load.js starts before the app's own code
 * has run (issue 16, note 0024). No key is in two of them (tests/unit/renderer/i18n).
 */
export const startMessages: readonly MessageTree[] = [shell, plan, history, appearance, backups, saveStatus, search, planFiles, timeline, checklists, languageScreen, hskExam, language, decision, residency, checklistsScreen, worldTax];
