import { todayIso, type IsoDate } from '../dates/iso-date';
import { daysFromToday } from '../timeline/entry-state';
import type { TimelineEntry, TimelineTarget } from '../timeline/plan-timeline';
import type { ReminderSettings } from './schema';

/*
 * Which reminders to show now. Pure: the clock, the record of what was already shown and the settings come
 * in as arguments, so the schedule is tested without timers and the caller decides where the record lives.
 */

export interface Reminder {
  entry: TimelineEntry;
  /** 0 today, 1 tomorrow, ... */
  daysLeft: number;
  reason: 'due' | 'document-expiring';
}

/** Entry id -> the day it was last shown. Only today's matter; older ones are dropped. */
export type SentLog = Readonly<Record<string, IsoDate>>;

/**
 * One notification: a single reminder opens its item; several at once are one grouped notification that
 * opens the timeline (a stack of ten notifications helps nobody).
 */
export type ReminderNotification =
  | { kind: 'single'; reminder: Reminder; target: TimelineTarget }
  | { kind: 'group'; reminders: Reminder[]; target: TimelineTarget };

/** Deadlines and dates within the warning window (today counts), and documents about to expire. */
export function dueReminders(entries: readonly TimelineEntry[], today: IsoDate, settings: ReminderSettings): Reminder[] {
  if (!settings.isEnabled) return [];
  return entries.flatMap((entry): Reminder[] => {
    const daysLeft = daysFromToday(entry, today);
    if (daysLeft < 0) return [];
    if (entry.kind === 'document') return daysLeft <= settings.documentDaysAhead ? [{ entry, daysLeft, reason: 'document-expiring' }] : [];
    return daysLeft <= settings.deadlineDaysAhead ? [{ entry, daysLeft, reason: 'due' }] : [];
  });
}

export function groupReminders(reminders: readonly Reminder[]): ReminderNotification[] {
  if (reminders.length === 0) return [];
  if (reminders.length === 1) return [{ kind: 'single', reminder: reminders[0]!, target: reminders[0]!.entry.target }];
  return [{ kind: 'group', reminders: [...reminders], target: { section: 'timeline' } }];
}

export interface ReminderCheck {
  notifications: ReminderNotification[];
  /** The record to keep: today's shown ids, including the ones just shown. */
  sentLog: SentLog;
}

/**
 * What to show at `now`: the due reminders not shown yet today, grouped. Each item is shown at most once per
 * calendar day; the next day it may be shown again (due tomorrow, then due today).
 */
export function checkReminders(entries: readonly TimelineEntry[], now: Date, settings: ReminderSettings, sentLog: SentLog): ReminderCheck {
  const today = todayIso(now);
  const kept: Record<string, IsoDate> = {};
  for (const [id, day] of Object.entries(sentLog)) if (day === today) kept[id] = day;
  const fresh = dueReminders(entries, today, settings).filter((reminder) => kept[reminder.entry.id] === undefined);
  for (const reminder of fresh) kept[reminder.entry.id] = today;
  return { notifications: groupReminders(fresh), sentLog: kept };
}
