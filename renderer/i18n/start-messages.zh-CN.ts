import { zhCN as shell } from './zh-cn';
import { messages as plan } from '../../shared/plan/messages.zh-CN';
import { messages as history } from '../app/history/ui-messages.zh-CN';
import { messages as appearance } from '../features/appearance/ui-messages.zh-CN';
import { messages as backups } from '../features/backups/ui-messages.zh-CN';
import { messages as saveStatus } from '../features/save-status/ui-messages.zh-CN';
import { messages as search } from '../features/search/ui-messages.zh-CN';
import { messages as planFiles } from '../features/plan-files/ui-messages.zh-CN';
import { messages as timeline } from '../features/timeline/ui-messages.zh-CN';
import { messages as checklists } from '../../shared/checklists/messages.zh-CN';
import { messages as languageScreen } from '../features/language/ui-messages.zh-CN';
import { messages as hskExam } from '../features/language/hsk-exam-messages.zh-CN';
import { messages as language } from '../../shared/language/messages.zh-CN';
import { messages as decision } from '../features/decision/ui-messages.zh-CN';
import { messages as residency } from '../features/residency/ui-messages.zh-CN';
import { messages as checklistsScreen } from '../features/checklists/ui-messages.zh-CN';
import { messages as worldTax } from '../features/tax/world-ui-messages.zh-CN';
import type { MessageTree } from './flatten-messages';

/**
 * The shell's and the overview's texts in Simplified Chinese: the start tables in one module, so
 * the first screen's texts arrive in one request, which public/early-load.js starts before the app's own code
 * has run (issue 16, note 0024). No key is in two of them (tests/unit/renderer/i18n).
 */
export const startMessages: readonly MessageTree[] = [shell, plan, history, appearance, backups, saveStatus, search, planFiles, timeline, checklists, languageScreen, hskExam, language, decision, residency, checklistsScreen, worldTax];
