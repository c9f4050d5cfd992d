import type { ReminderSettings } from './schema';

/** The reminder settings' limits and defaults without the schema (zod), for the renderer's first screen. */
export const MAX_DEADLINE_DAYS_AHEAD = 14;
export const MAX_DOCUMENT_DAYS_AHEAD = 180;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { isEnabled: true, deadlineDaysAhead: 1, documentDaysAhead: 30 };

export function reminderSettingsOf(plan: { reminders?: ReminderSettings }): ReminderSettings {
  return plan.reminders ?? DEFAULT_REMINDER_SETTINGS;
}
