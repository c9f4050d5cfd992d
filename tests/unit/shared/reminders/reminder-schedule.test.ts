import { describe, expect, it } from 'vitest';
import { checkReminders, dueReminders, type SentLog } from '../../../../shared/reminders/reminder-schedule';
import { DEFAULT_REMINDER_SETTINGS } from '../../../../shared/reminders/reminder-settings';
import { ReminderSettingsSchema } from '../../../../shared/reminders/schema';
import type { TimelineEntry } from '../../../../shared/timeline/plan-timeline';

function entry(id: string, date: string, kind: TimelineEntry['kind'] = 'checklist'): TimelineEntry {
  return {
    id,
    date,
    kind,
    section: 'checklists',
    target: { section: 'checklists', checklistId: 'c1', itemId: id },
    what: { text: id },
    context: null,
    isDeadline: kind !== 'document',
    anchor: null,
    rule: null,
    isLateFromStart: false,
    blockedBy: [],
    notes: '',
    sourceUrl: null,
  };
}

// Local noon and local late evening of 2027-01-10: the injected clock.
const at = (day: number, hour = 12) => new Date(2027, 0, day, hour, 0, 0);

describe('reminder schedule', () => {
  const entries = [
    entry('yesterday', '2027-01-09'),
    entry('today', '2027-01-10'),
    entry('tomorrow', '2027-01-11'),
    entry('in-two-days', '2027-01-12'),
    entry('passport', '2027-02-01', 'document'),
    entry('visa', '2027-03-01', 'document'),
  ];

  it('warns of what is due today and tomorrow and of documents expiring within 30 days (the defaults)', () => {
    const due = dueReminders(entries, '2027-01-10', DEFAULT_REMINDER_SETTINGS);
    // 2027-02-01 is 22 days away (within 30); 2027-03-01 is 50 (not); yesterday is past.
    expect(due.map((reminder) => [reminder.entry.id, reminder.daysLeft, reminder.reason])).toEqual([
      ['today', 0, 'due'],
      ['tomorrow', 1, 'due'],
      ['passport', 22, 'document-expiring'],
    ]);
  });

  it('shows each item at most once per day, grouped when there are several, and again the next day', () => {
    let log: SentLog = {};
    const morning = checkReminders(entries, at(10, 8), DEFAULT_REMINDER_SETTINGS, log);
    expect(morning.notifications).toHaveLength(1);
    const group = morning.notifications[0]!;
    expect(group.kind).toBe('group');
    expect(group.kind === 'group' && group.reminders.map((reminder) => reminder.entry.id)).toEqual(['today', 'tomorrow', 'passport']);
    expect(group.target).toEqual({ section: 'timeline' });
    log = morning.sentLog;
    // Later the same day: nothing new.
    const evening = checkReminders(entries, at(10, 23), DEFAULT_REMINDER_SETTINGS, log);
    expect(evening.notifications).toEqual([]);
    // A new deadline added in the afternoon is shown alone, and opens its item.
    const added = checkReminders([...entries, entry('added', '2027-01-11')], at(10, 15), DEFAULT_REMINDER_SETTINGS, log);
    expect(added.notifications).toHaveLength(1);
    expect(added.notifications[0]).toMatchObject({ kind: 'single', target: { section: 'checklists', itemId: 'added' } });
    log = added.sentLog;
    // The next day: tomorrow's item is now due today, in-two-days is tomorrow, the passport is 21 days out: shown again.
    const nextDay = checkReminders(entries, at(11, 8), DEFAULT_REMINDER_SETTINGS, log);
    expect(nextDay.notifications[0]!.kind === 'group' && nextDay.notifications[0]!.reminders.map((reminder) => [reminder.entry.id, reminder.daysLeft])).toEqual([
      ['tomorrow', 0],
      ['in-two-days', 1],
      ['passport', 21],
    ]);
    // Yesterday's record is dropped: the log holds only today's ids.
    expect(Object.values(nextDay.sentLog).every((day) => day === '2027-01-11')).toBe(true);
  });

  it('the settings turn reminders off or change how far ahead they warn', () => {
    expect(checkReminders(entries, at(10), { ...DEFAULT_REMINDER_SETTINGS, isEnabled: false }, {}).notifications).toEqual([]);
    const todayOnly = dueReminders(entries, '2027-01-10', { isEnabled: true, deadlineDaysAhead: 0, documentDaysAhead: 0 });
    expect(todayOnly.map((reminder) => reminder.entry.id)).toEqual(['today']);
    const wide = dueReminders(entries, '2027-01-10', { isEnabled: true, deadlineDaysAhead: 2, documentDaysAhead: 60 });
    expect(wide.map((reminder) => reminder.entry.id)).toEqual(['today', 'tomorrow', 'in-two-days', 'passport', 'visa']);
    expect(ReminderSettingsSchema.safeParse({ isEnabled: true, deadlineDaysAhead: 15, documentDaysAhead: 30 }).success).toBe(false);
    expect(ReminderSettingsSchema.safeParse({ isEnabled: true, deadlineDaysAhead: 1, documentDaysAhead: -1 }).success).toBe(false);
  });

  it('counts days by the local calendar, late at night too', () => {
    // 23:30 on the 10th is still the 10th: "tomorrow" is the 11th.
    const late = checkReminders([entry('tomorrow', '2027-01-11')], at(10, 23), DEFAULT_REMINDER_SETTINGS, {});
    expect(late.notifications[0]).toMatchObject({ kind: 'single', reminder: { daysLeft: 1 } });
  });
});
