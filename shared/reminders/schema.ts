import { z } from 'zod';
import { MAX_DEADLINE_DAYS_AHEAD, MAX_DOCUMENT_DAYS_AHEAD } from './reminder-settings';

const v = (key: string) => ({ error: `reminders.validation.${key}` });

export { DEFAULT_REMINDER_SETTINGS, MAX_DEADLINE_DAYS_AHEAD, MAX_DOCUMENT_DAYS_AHEAD, reminderSettingsOf } from './reminder-settings';

/**
 * The person's reminder settings. Optional in the plan: a plan without them gets the defaults (on; today
 * and tomorrow for deadlines; 30 days ahead for documents about to expire).
 */
export const ReminderSettingsSchema = z
  .object(
    {
      isEnabled: z.boolean(v('boolean')),
      /** 0: only what is due today; 1: today and tomorrow; up to two weeks. */
      deadlineDaysAhead: z.int(v('daysAhead')).min(0, v('daysAhead')).max(MAX_DEADLINE_DAYS_AHEAD, v('daysAhead')),
      documentDaysAhead: z.int(v('documentDaysAhead')).min(0, v('documentDaysAhead')).max(MAX_DOCUMENT_DAYS_AHEAD, v('documentDaysAhead')),
    },
    v('settings'),
  )
  .strict();
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;
