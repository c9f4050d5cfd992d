import { compareIso, daysBetween, type IsoDate } from '../dates/iso-date';
import type { TimelineEntry } from './plan-timeline';
import { compareIds } from '../text/compare-ids';

/**
 * How an entry stands today:
 * - overdue:  a deadline that was still ahead when it became known and has passed since (red);
 * - asap:     a deadline that had already passed when it became known: "as soon as possible", not red;
 * - past:     an event that happened (an exam, a document that expired, the move);
 * - today / upcoming.
 */
export type EntryState = 'overdue' | 'asap' | 'past' | 'today' | 'upcoming';

export function entryState(entry: Pick<TimelineEntry, 'date' | 'isDeadline' | 'isLateFromStart'>, today: IsoDate): EntryState {
  const order = compareIso(entry.date, today);
  if (order === 0) return 'today';
  if (order > 0) return 'upcoming';
  if (!entry.isDeadline) return 'past';
  return entry.isLateFromStart ? 'asap' : 'overdue';
}

/** Calendar days from today: positive ahead, negative past. */
export function daysFromToday(entry: Pick<TimelineEntry, 'date'>, today: IsoDate): number {
  return daysBetween(today, entry.date);
}

const STATE_RANK: Record<EntryState, number> = { overdue: 0, asap: 1, today: 2, upcoming: 3, past: 4 };

/**
 * What needs attention next, for the overview: overdue deadlines first (oldest first), then the ones to do
 * as soon as possible, then today and what is ahead in date order. Past events (an exam that was, a
 * document that already expired) are left out: there is nothing left to do by their date.
 */
export function nextDeadlines(entries: readonly TimelineEntry[], today: IsoDate, limit = Infinity): TimelineEntry[] {
  return entries
    .map((entry) => ({ entry, state: entryState(entry, today) }))
    .filter(({ state }) => state !== 'past')
    .sort((a, b) => STATE_RANK[a.state] - STATE_RANK[b.state] || compareIso(a.entry.date, b.entry.date) || compareIds(a.entry.id, b.entry.id))
    .slice(0, limit)
    .map(({ entry }) => entry);
}
