import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { checkReminders, type Reminder, type ReminderNotification, type SentLog } from '../../../shared/reminders/reminder-schedule';
import { reminderSettingsOf } from '../../../shared/reminders/reminder-settings';
import { planTimeline } from '../../../shared/timeline/plan-timeline';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';
import { whenIdle } from '../../components/when-idle';
import { entryTitle, timelineMemo, useEntryText, type EntryText } from '../timeline/entry-text';

/** What was shown today lives on this computer (the page's local storage), not in the plan: it is no part of the plan. */
const SENT_LOG_KEY = 'planner.reminders.shown';
/** After an edit, wait for typing to settle before looking again. */
const SETTLE_MS = 1500;
/** While the app stays open, look again every few minutes (a new day brings new reminders). */
const RECHECK_MS = 5 * 60_000;
/** A grouped notification lists this many lines, then "and N more". */
const GROUP_LINES = 5;

function readSentLog(): SentLog {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(SENT_LOG_KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(Object.entries(parsed).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
  } catch {
    return {};
  }
}

function writeSentLog(log: SentLog): void {
  try {
    const text = JSON.stringify(log);
    // Unchanged on most checks: a write would cost a synchronous storage commit for nothing (issue 16).
    if (window.localStorage.getItem(SENT_LOG_KEY) === text) return;
    window.localStorage.setItem(SENT_LOG_KEY, text);
  } catch {
    // Storage full or off: reminders may then repeat, which is better than none.
  }
}

type Translate = ReturnType<typeof useTranslation>['t'];

function reminderLine(t: Translate, text: EntryText, reminder: Reminder): string {
  const { what, context } = entryTitle(text, reminder.entry);
  if (reminder.reason === 'document-expiring') return t('reminders.single.document', { what: context || what, date: text.date(reminder.entry.date) });
  const name = context ? `${what} · ${context}` : what;
  if (reminder.daysLeft === 0) return t('reminders.single.due.today', { what: name });
  if (reminder.daysLeft === 1) return t('reminders.single.due.tomorrow', { what: name });
  return t('reminders.single.due.later', { what: name, count: reminder.daysLeft });
}

function notificationText(t: Translate, text: EntryText, notification: ReminderNotification): { title: string; body: string } {
  if (notification.kind === 'single') return { title: t('reminders.appTitle'), body: reminderLine(t, text, notification.reminder) };
  const lines = notification.reminders.slice(0, GROUP_LINES).map((reminder) => reminderLine(t, text, reminder));
  const more = notification.reminders.length - GROUP_LINES;
  return { title: t('reminders.group.title', { count: notification.reminders.length }), body: [...lines, ...(more > 0 ? [`+${more}`] : [])].join('\n') };
}

/** Waits for an idle moment (at most this long) before working out the reminders. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Reminders while the app runs: at start, after edits and every few minutes, the schedule (shared/reminders)
 * says what is due and not yet shown today; main shows it as an operating-system notification. A click
 * on one comes back as an "open this" from main.
 *
 * The document is watched through the store's subscription rather than selected: a selection would draw the
 * whole app again on every keystroke and tick (the app's root calls this hook), and the reminders only need
 * to look a while after the edits stop, in an idle moment (issue 16).
 */
export function useReminders(): void {
  const { t } = useTranslation();
  const text = useEntryText();
  const openTarget = usePlanner((s) => s.openTarget);

  useEffect(() => {
    const run = () => {
      const { document } = usePlanner.getState();
      if (!document) return;
      const { notifications, sentLog } = checkReminders(planTimeline(document, timelineMemo), new Date(), reminderSettingsOf(document), readSentLog());
      writeSentLog(sentLog);
      for (const notification of notifications) {
        const { title, body } = notificationText(t, text, notification);
        void planner().showNotification({ title, body, target: notification.target });
      }
    };
    let settle: number | null = null;
    let cancelIdle: (() => void) | null = null;
    const cancel = () => {
      if (settle !== null) window.clearTimeout(settle);
      cancelIdle?.();
      settle = null;
      cancelIdle = null;
    };
    const lookSoon = () => {
      cancel();
      if (!usePlanner.getState().document) return;
      settle = window.setTimeout(() => {
        settle = null;
        cancelIdle = whenIdle(run, IDLE_TIMEOUT_MS);
      }, SETTLE_MS);
    };
    lookSoon();
    const unsubscribe = usePlanner.subscribe((state, previous) => {
      if (state.document !== previous.document) lookSoon();
    });
    const recheck = window.setInterval(run, RECHECK_MS);
    return () => {
      cancel();
      unsubscribe();
      window.clearInterval(recheck);
    };
  }, [t, text]);

  useEffect(
    () =>
      window.plannerEvents?.onOpenTarget((raw) => {
        // Checked like any input from outside the page: only a well-formed target is opened. The schema
        // (zod) loads with the first click on a notification, not with the first screen (issue 16).
        void import('../../../shared/contract/open-target').then(({ OpenTargetSchema }) => {
          const parsed = OpenTargetSchema.safeParse(raw);
          if (parsed.success) openTarget(parsed.data);
        });
      }),
    [openTarget],
  );
}
