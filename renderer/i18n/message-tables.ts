import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import type { SectionId } from '../store/ui-slice';
import type { MessageTree } from './flatten-messages';

/**
 * Where every message table lives, one module per language, so the first load carries only the active
 * language's texts of the shell and the overview, and each other screen's texts arrive with its own
 * lazy chunk (issue 16). The import paths are literal so vite can split each into its own chunk.
 */
type LoadTable = () => Promise<MessageTree>;
export type MessageTable = Readonly<Record<InterfaceLanguage, LoadTable>>;

/** What the shell (navigation, banners, save status, search, menus, reminders) and the overview show. */
const startTables: MessageTable[] = [
  { en: () => import('./en').then((m) => m.en), 'zh-CN': () => import('./zh-cn').then((m) => m.zhCN) },
  { en: () => import('../../shared/plan/messages.en').then((m) => m.messages), 'zh-CN': () => import('../../shared/plan/messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../app/history/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../app/history/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/appearance/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/appearance/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/backups/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/backups/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/save-status/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/save-status/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/search/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/search/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/plan-files/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/plan-files/ui-messages.zh-CN').then((m) => m.messages) },
  // The overview's countdowns, next deadlines (timeline entries with checklist anchors), language
  // progress (goal levels), verdict line (decision basis) and profile form (US tax status question).
  { en: () => import('../features/timeline/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/timeline/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../../shared/checklists/messages.en').then((m) => m.messages), 'zh-CN': () => import('../../shared/checklists/messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/language/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/language/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/language/hsk-exam-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/language/hsk-exam-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../../shared/language/messages.en').then((m) => m.messages), 'zh-CN': () => import('../../shared/language/messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/decision/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/decision/ui-messages.zh-CN').then((m) => m.messages) },
  // The navigation's residency entry, and the menu's "new checklist item" title (commands/command-registry.ts),
  // which can be chosen on any screen.
  { en: () => import('../features/residency/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/residency/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/checklists/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/checklists/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../features/tax/world-ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/tax/world-ui-messages.zh-CN').then((m) => m.messages) },
];

const offersTables: MessageTable[] = [
  { en: () => import('../features/offers/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/offers/ui-messages.zh-CN').then((m) => m.messages) },
  { en: () => import('../../shared/offers/messages.en').then((m) => m.messages), 'zh-CN': () => import('../../shared/offers/messages.zh-CN').then((m) => m.messages) },
  // Holds the offer-tax and world tax texts as well.
  { en: () => import('../features/tax/ui-messages.en').then((m) => m.messages), 'zh-CN': () => import('../features/tax/ui-messages.zh-CN').then((m) => m.messages) },
  // Holds the US, Hong Kong and Singapore texts as well.
  { en: () => import('../../shared/tax/messages.en').then((m) => m.messages), 'zh-CN': () => import('../../shared/tax/messages.zh-CN').then((m) => m.messages) },
];

const residencyTables: MessageTable[] = [
  { en: () => import('../../shared/residency/messages.en').then((m) => m.messages), 'zh-CN': () => import('../../shared/residency/messages.zh-CN').then((m) => m.messages) },
];

export const START_TABLES: readonly MessageTable[] = startTables;

/** Each screen's tables beyond the start ones. The offers screen draws the stay counter's summary, so it takes the residency texts. */
export const SCREEN_TABLES: Readonly<Record<SectionId, readonly MessageTable[]>> = {
  overview: [],
  timeline: [],
  offers: [...offersTables, ...residencyTables],
  checklists: [],
  residency: residencyTables,
  language: [],
  settings: [],
};

/** Every table, for the key-completeness tests. */
export const ALL_TABLES: readonly MessageTable[] = [...startTables, ...offersTables, ...residencyTables];
