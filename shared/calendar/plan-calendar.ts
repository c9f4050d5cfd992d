import ical from 'ical-generator';
import { addDaysIso, parseIsoDate } from '../dates/iso-date';
import type { TimelineEntry, TimelineKind } from '../timeline/plan-timeline';

/*
 * The plan's dates as an iCalendar file (RFC 5545) for the calendar the person already uses. Built with
 * ical-generator (escaping, line folding, all-day DATE values) rather than by hand. Each event's UID is
 * derived from the entry's id, which comes from the item's own id in the plan: exporting again and
 * importing the new file updates the same events instead of adding copies.
 */

/** The text of one event, already in the person's language (the renderer translates). */
export interface CalendarText {
  summary: string;
  /** Context, notes and the source link, one per line. */
  description: string;
  /** The official source's address, also set as the event's URL. */
  url: string | null;
}

export interface CalendarOptions {
  calendarName: string;
  /** DTSTAMP of every event: the export's moment (injected, so tests are repeatable). */
  stamp: Date;
  /** Only this kind, or every kind when null. */
  kind: TimelineKind | null;
  textOf(entry: TimelineEntry): CalendarText;
}

const UID_DOMAIN = 'relocation-planner.local';

export function calendarUid(entry: Pick<TimelineEntry, 'id'>): string {
  // Ids are letters, digits, '-', ':' (checklist:<uuid>); UIDs allow them as they are.
  return `${entry.id}@${UID_DOMAIN}`;
}

export function planCalendar(entries: readonly TimelineEntry[], options: CalendarOptions): string {
  const calendar = ical({ name: options.calendarName, prodId: { company: 'Relocation Planner', product: 'Plan', language: 'EN' } });
  for (const entry of entries) {
    if (options.kind !== null && entry.kind !== options.kind) continue;
    const start = parseIsoDate(entry.date)!;
    // All-day: DTSTART and DTEND as DATE values, the end being exclusive (the next day).
    const end = parseIsoDate(addDaysIso(entry.date, 1))!;
    const text = options.textOf(entry);
    calendar.createEvent({
      id: calendarUid(entry),
      start,
      end,
      allDay: true,
      stamp: options.stamp,
      summary: text.summary,
      description: text.description,
      url: text.url,
      categories: [{ name: entry.kind }],
    });
  }
  return calendar.toString();
}
