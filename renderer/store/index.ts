import { temporal, type TemporalState } from 'zundo';
import { create, type Mutate, type StoreApi, type UseBoundStore } from 'zustand';
import { createAppearanceSlice } from './appearance-slice';
import { createChecklistsSlice } from './checklists-slice';
import { createCommandsSlice } from './commands-slice';
import { createDecisionSlice } from './decision-slice';
import { createHistoryOptions, type HistoryEntry } from './history/history-options';
import { createHistorySlice } from './history-slice';
import { createLanguageSlice } from './language-slice';
import { createOffersSlice } from './offers-slice';
import { createPlanSlice } from './plan-slice';
import { createPlansSlice } from './plans-slice';
import type { PlannerState } from './planner-state';
import { createResidencySlice } from './residency-slice';
import { createSaveSlice } from './save-slice';
import { createTimelineSlice } from './timeline-slice';
import { createUiSlice } from './ui-slice';

const history = createHistoryOptions<PlannerState>();

/** One store of typed slices; middleware only here at the root: zundo keeps the undo history of the document. */
type PlannerStore = UseBoundStore<Mutate<StoreApi<PlannerState>, [['temporal', StoreApi<TemporalState<HistoryEntry>>]]>>;

export const usePlanner: PlannerStore = create<PlannerState>()(
  temporal(
    (...args) => ({
      ...createPlanSlice(...args),
      ...createSaveSlice(...args),
      ...createUiSlice(...args),
      ...createOffersSlice(...args),
      ...createChecklistsSlice(...args),
      ...createLanguageSlice(...args),
      ...createDecisionSlice(...args),
      ...createResidencySlice(...args),
      ...createTimelineSlice(...args),
      ...createHistorySlice(history.control, () => usePlanner.temporal)(...args),
      ...createPlansSlice(...args),
      ...createCommandsSlice(...args),
      ...createAppearanceSlice(...args),
    }),
    history.options,
  ),
);

export type { PlannerState };
