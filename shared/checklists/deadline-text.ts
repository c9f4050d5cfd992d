import type { Due } from './schema';

/** An i18n key with its parameters, so shared code can say what to show without knowing the language. */
export interface MessageRef {
  key: string;
  params: Record<string, unknown>;
}

/** "3 days left", "Due today", "2 days overdue". */
export function daysLeftMessage(daysLeft: number): MessageRef {
  if (daysLeft === 0) return { key: 'checklists.daysLeft.today', params: {} };
  if (daysLeft > 0) return { key: 'checklists.daysLeft.left', params: { count: daysLeft } };
  return { key: 'checklists.daysLeft.overdue', params: { count: -daysLeft } };
}

/**
 * The rule of a relative deadline in words: "entry + 30 days", "60 days before visa appointment", or with
 * months "entry +1 month(s) -1 day(s)".
 * `anchorLabel` is the already translated anchor name. Null for deadlines that are not relative.
 */
export function relativeDueMessage(due: Due, anchorLabel: string): MessageRef | null {
  if (due.kind !== 'relative') return null;
  const months = due.offsetMonths ?? 0;
  if (months !== 0) {
    const signed = (n: number) => (n < 0 ? `${n}` : `+${n}`);
    return { key: 'checklists.due.relativeMonthsDescription', params: { anchor: anchorLabel, months: signed(months), days: signed(due.offsetDays) } };
  }
  if (due.offsetDays < 0) return { key: 'checklists.due.relativeBeforeDescription', params: { anchor: anchorLabel, count: -due.offsetDays } };
  return { key: 'checklists.due.relativeDescription', params: { anchor: anchorLabel, count: due.offsetDays } };
}
