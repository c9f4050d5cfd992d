import type { AppearanceSlice } from './appearance-slice';
import type { ChecklistsSlice } from './checklists-slice';
import type { CommandsSlice } from './commands-slice';
import type { DecisionSlice } from './decision-slice';
import type { HistorySlice } from './history-slice';
import type { LanguageSlice } from './language-slice';
import type { OffersSlice } from './offers-slice';
import type { PlanSlice } from './plan-slice';
import type { PlansSlice } from './plans-slice';
import type { ResidencySlice } from './residency-slice';
import type { SaveSlice } from './save-slice';
import type { TimelineSlice } from './timeline-slice';
import type { UiSlice } from './ui-slice';

export type PlannerState = PlanSlice &
  SaveSlice &
  UiSlice &
  OffersSlice &
  ChecklistsSlice &
  LanguageSlice &
  HistorySlice &
  DecisionSlice &
  PlansSlice &
  ResidencySlice &
  TimelineSlice &
  CommandsSlice &
  AppearanceSlice;
