import type { PlanSlice } from './plan-slice';
import type { SaveSlice } from './save-slice';
import type { UiSlice } from './ui-slice';

export type PlannerState = PlanSlice & SaveSlice & UiSlice;
