import { endOfMonth, endOfISOWeek, startOfISOWeek, startOfMonth } from 'date-fns';
import { parseIsoDate, toIsoDate, type IsoDate } from '../dates/iso-date';
import type { TimelineEntry } from './plan-timeline';

export type TimelineGrouping = 'week' | 'month';

export interface TimelinePeriod {
  /** The period's first day (a Monday for weeks, the 1st for months): its key and its label. */
  start: IsoDate;
  end: IsoDate;
  entries: TimelineEntry[];
  /** Whether today falls inside this period (the view marks it). */
  isCurrent: boolean;
}

export function periodOf(date: IsoDate, grouping: TimelineGrouping): { start: IsoDate; end: IsoDate } {
  const day = parseIsoDate(date);
  if (!day) throw new RangeError(`Not a calendar date: ${date}`);
  // Weeks start on Monday (ISO 8601), as calendars in China and most of Europe do.
  return grouping === 'week'
    ? { start: toIsoDate(startOfISOWeek(day)), end: toIsoDate(endOfISOWeek(day)) }
    : { start: toIsoDate(startOfMonth(day)), end: toIsoDate(endOfMonth(day)) };
}

/**
 * Entries (already in date order) grouped by week or month. The period holding today is always present,
 * even when nothing falls in it, so the view can mark today between what is past and what is ahead.
 */
export function groupEntries(entries: readonly TimelineEntry[], grouping: TimelineGrouping, today: IsoDate): TimelinePeriod[] {
  const periods = new Map<IsoDate, TimelinePeriod>();
  const todayPeriod = periodOf(today, grouping);
  const add = (start: IsoDate, end: IsoDate) => {
    let period = periods.get(start);
    if (!period) {
      period = { start, end, entries: [], isCurrent: start === todayPeriod.start };
      periods.set(start, period);
    }
    return period;
  };
  add(todayPeriod.start, todayPeriod.end);
  for (const entry of entries) {
    const { start, end } = periodOf(entry.date, grouping);
    add(start, end).entries.push(entry);
  }
  return [...periods.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
