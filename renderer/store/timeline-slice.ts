import type { StateCreator } from 'zustand';
import type { OpenTarget } from '../../shared/contract/open-target';
import { DEFAULT_REMINDER_SETTINGS } from '../../shared/reminders/reminder-settings';
import type { ReminderSettings } from '../../shared/reminders/schema';
import type { TimelineGrouping } from '../../shared/timeline/group-entries';
import { TIMELINE_KINDS, type TimelineKind } from '../../shared/timeline/plan-timeline';
import type { PlannerState } from './planner-state';

/** The timeline screen's choices and "open this" from anywhere (a dashboard row, a clicked reminder). Screen state only. */
export interface TimelineSlice {
  timelineGrouping: TimelineGrouping;
  timelineKinds: readonly TimelineKind[];
  /** The item, offer or goal last opened from elsewhere; its screen scrolls to it and marks it. */
  focus: OpenTarget | null;
  setTimelineGrouping(grouping: TimelineGrouping): void;
  toggleTimelineKind(kind: TimelineKind): void;
  openTarget(target: OpenTarget): void;
  updateReminderSettings(patch: Partial<ReminderSettings>): void;
}

export const createTimelineSlice: StateCreator<PlannerState, [], [], TimelineSlice> = (set, get) => ({
  timelineGrouping: 'month',
  timelineKinds: TIMELINE_KINDS,
  focus: null,
  setTimelineGrouping: (timelineGrouping) => set({ timelineGrouping }),
  toggleTimelineKind: (kind) => {
    const current = get().timelineKinds;
    set({ timelineKinds: current.includes(kind) ? current.filter((candidate) => candidate !== kind) : TIMELINE_KINDS.filter((candidate) => candidate === kind || current.includes(candidate)) });
  },
  openTarget: (target) => {
    set({ focus: target });
    if (target.section === 'checklists' && target.checklistId) get().selectChecklist(target.checklistId);
    if (target.section === 'offers' && target.offerId) get().showOffersScreen({ kind: 'edit', offerId: target.offerId });
    get().showSection(target.section);
  },
  updateReminderSettings: (patch) =>
    void get().editDocument((document) => ({ ...document, reminders: { ...(document.reminders ?? DEFAULT_REMINDER_SETTINGS), ...patch } })),
});
