import { effectiveAnchors } from '../checklists/plan-anchors';
import { ANCHOR_KEYS } from '../checklists/checklist-values';
import type { AnchorKey } from '../checklists/schema';
import type { LocalizedText } from '../checklists/localized-text';
import { addDaysIso, compareIso, daysBetween, type IsoDate } from '../dates/iso-date';
import type { PlanDocument } from '../plan/plan-schema';
import { entryState, type EntryState } from './entry-state';
import type { TimelineEntry } from './plan-timeline';

/*
 * The Gantt-like picture: one band per checklist from the day it was made to its last deadline, each open
 * item a mark on it, and the anchor dates as lines across all bands. Positions are fractions of the whole
 * range, so the view only multiplies by its width.
 */

export interface BandMark {
  entry: TimelineEntry;
  state: EntryState;
  /** 0 at the range's first day, 1 at its last. */
  position: number;
}

export interface ChecklistBand {
  checklistId: string;
  title: LocalizedText;
  from: IsoDate;
  to: IsoDate;
  startPosition: number;
  endPosition: number;
  marks: BandMark[];
}

export interface AnchorLine {
  anchor: AnchorKey;
  date: IsoDate;
  position: number;
  /** Timeline entries whose date hangs on this anchor (moving the anchor moves them). */
  dependentIds: string[];
}

export interface TimelineChart {
  from: IsoDate;
  to: IsoDate;
  todayPosition: number;
  bands: ChecklistBand[];
  anchors: AnchorLine[];
  /** Dates not on a checklist (offers, the move, exams), drawn on a band of their own. */
  otherMarks: BandMark[];
  /** Entries beyond the chart's horizon, left out of the picture. */
  laterCount: number;
}

const ANCHOR_ORDER: readonly AnchorKey[] = ANCHOR_KEYS;

function earliest(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (compareIso(a, b) <= 0 ? a : b));
}
function latest(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (compareIso(a, b) >= 0 ? a : b));
}

/** The picture covers at most this far past today; later dates (a score report valid two years) stay in the list. */
export const CHART_HORIZON_DAYS = 365;

export function timelineChart(plan: PlanDocument, allEntries: readonly TimelineEntry[], today: IsoDate): TimelineChart {
  const horizon = addDaysIso(today, CHART_HORIZON_DAYS);
  const entries = allEntries.filter((entry) => compareIso(entry.date, horizon) <= 0);
  const anchors = effectiveAnchors(plan.checklists.anchors, plan.move);
  const checklists = plan.checklists.checklists.filter((checklist) => !checklist.archived);
  const anchorDates = ANCHOR_ORDER.flatMap((anchor) => (anchors[anchor] ? [anchors[anchor]] : []));
  const allDates = [today, ...entries.map((entry) => entry.date), ...anchorDates, ...checklists.map((checklist) => checklist.createdOn)];
  // A week of margin either side so marks at the ends are not cut in half.
  const from = addDaysIso(earliest(allDates), -7);
  const to = addDaysIso(latest(allDates), 7);
  const span = Math.max(1, daysBetween(from, to));
  const at = (date: IsoDate) => daysBetween(from, date) / span;
  const mark = (entry: TimelineEntry): BandMark => ({ entry, state: entryState(entry, today), position: at(entry.date) });

  const bands: ChecklistBand[] = checklists.flatMap((checklist) => {
    const marks = entries.filter((entry) => entry.target.checklistId === checklist.id).map(mark);
    if (marks.length === 0) return [];
    const bandFrom = earliest([checklist.createdOn, ...marks.map((m) => m.entry.date)]);
    const bandTo = latest(marks.map((m) => m.entry.date));
    return [{ checklistId: checklist.id, title: checklist.title, from: bandFrom, to: bandTo, startPosition: at(bandFrom), endPosition: at(bandTo), marks }];
  });
  const anchorLines: AnchorLine[] = ANCHOR_ORDER.flatMap((anchor) => {
    const date = anchors[anchor];
    if (!date) return [];
    return [{ anchor, date, position: at(date), dependentIds: entries.filter((entry) => entry.anchor === anchor && entry.kind !== 'move').map((entry) => entry.id) }];
  });
  return {
    from,
    to,
    todayPosition: at(today),
    bands,
    anchors: anchorLines,
    otherMarks: entries.filter((entry) => entry.target.checklistId === undefined).map(mark),
    laterCount: allEntries.length - entries.length,
  };
}
