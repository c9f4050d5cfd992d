import type { InterfaceLanguage } from '../../shared/plan/profile-schema';
import type { SectionId } from '../store/ui-slice';
import { flattenMessages, type MessageTree } from './flatten-messages';

/**
 * Where every message table lives, one module per language, so the first load carries only the active
 * language's texts of the shell and the overview, and each other screen's texts arrive with its own
 * lazy chunk (issue 16). The import paths are literal so vite can split each into its own chunk.
 */
type LoadTable = () => Promise<MessageTree>;
export type MessageTable = Readonly<Record<InterfaceLanguage, LoadTable>>;

/** Several tables as one flat table (keys as i18next sees them). */
function mergeTables(trees: readonly MessageTree[]): MessageTree {
  const merged: Record<string, string> = {};
  for (const tree of trees) flattenMessages(tree, '', merged);
  return merged;
}

/**
 * What the shell (navigation, banners, save status, search, menus, reminders) and the overview show: the
 * tables listed in start-messages.<language>.ts, one module per language (one request at start).
 */
const startTables: MessageTable[] = [
  {
    en: () => import('./start-messages.en').then((m) => mergeTables(m.startMessages)),
    'zh-CN': () => import('./start-messages.zh-CN').then((m) => mergeTables(m.startMessages)),
  },
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
