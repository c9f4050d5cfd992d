import { parseIsoDate, toIsoDate, type IsoDate } from './iso-date';

/**
 * The one place a date is turned into text for a person (screen and print) and typed text back into a
 * date. ISO (yyyy-MM-dd) stays in storage, CSV and ICS; everything shown goes through here, in the
 * interface language: "Mar 10, 2027" in English, "2027年3月10日" in Chinese (Intl, so the platform's CLDR
 * data decides the order and the characters, not hand-written patterns).
 */

type Options = Intl.DateTimeFormatOptions;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build and a long list formats hundreds of dates: keep one per locale and style. */
function formatter(locale: string, options: Options): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

const DAY: Options = { dateStyle: 'medium' };
const MONTH_YEAR: Options = { year: 'numeric', month: 'short' };
const MONTH_YEAR_LONG: Options = { year: 'numeric', month: 'long' };
const MONTH: Options = { month: 'short' };
const DAY_MONTH: Options = { month: 'short', day: 'numeric' };
const MOMENT: Options = { dateStyle: 'medium', timeStyle: 'short' };

/** Mar 10, 2027 / 2027年3月10日. Text that is not a calendar date is returned as it is (never an error on screen). */
export function formatDate(iso: IsoDate, locale: string): string {
  const date = parseIsoDate(iso);
  return date ? formatter(locale, DAY).format(date) : iso;
}

/**
 * The local calendar day of an ISO date or moment ("2026-12-02", "2026-12-02T09:30:00.000Z"), as formatDate
 * writes it. Text that is neither is returned as it is: a damaged timestamp in the plans' registry threw here.
 */
export function formatDayOf(text: string, locale: string): string {
  if (text.length === 10) return formatDate(text, locale);
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? text : formatDate(toIsoDate(at), locale);
}

/** A date that may be only a year or a month ("2021", "2021-03"), as sources often are: 2021 / Mar 2021 / 2021年3月. */
export function formatPartialDate(text: string, locale: string): string {
  if (/^\d{4}$/.test(text)) return text;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return formatMonthYear(new Date(Number(month[1]), Number(month[2]) - 1, 15, 12), locale);
  return formatDate(text, locale);
}

/** Mar 2027 / 2027年3月 (style 'long': March 2027). */
export function formatMonthYear(date: Date, locale: string, style: 'short' | 'long' = 'short'): string {
  return formatter(locale, style === 'long' ? MONTH_YEAR_LONG : MONTH_YEAR).format(date);
}

/**
 * A month on a chart's time axis: the month alone (Mar / 3月), with its year where the reader needs it (the
 * first label and each January: Jan 2027 / 2027年1月). A two-digit year ("Jan 27") read like a day of January.
 */
export function formatAxisMonth(date: Date, locale: string, withYear: boolean): string {
  return withYear ? formatMonthYear(date, locale) : formatMonthName(date, locale);
}

/** A yyyy-MM month as Mar 2027 / 2027年3月; other text unchanged. */
export function formatIsoMonth(month: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? formatMonthYear(new Date(Number(match[1]), Number(match[2]) - 1, 15, 12), locale) : month;
}

/** Mar / 3月: chart and heatmap axes. */
export function formatMonthName(date: Date, locale: string): string {
  return formatter(locale, MONTH).format(date);
}

/** Mar 10 / 3月10日: chart axes where the year is shown elsewhere. */
export function formatDayMonth(iso: IsoDate, locale: string): string {
  const date = parseIsoDate(iso);
  return date ? formatter(locale, DAY_MONTH).format(date) : iso;
}

/** A moment (ISO timestamp) with its time: Mar 10, 2027, 2:05 PM / 2027年3月10日 14:05. */
export function formatMoment(isoMoment: string, locale: string): string {
  const date = new Date(isoMoment);
  return Number.isNaN(date.getTime()) ? isoMoment : formatter(locale, MOMENT).format(date);
}

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

/** "in 3 days", "tomorrow", "5 days ago" / "3天后", "明天", "5天前" (Intl.RelativeTimeFormat, numeric auto). */
export function formatRelativeDays(days: number, locale: string): string {
  let found = relativeFormatters.get(locale);
  if (!found) {
    found = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormatters.set(locale, found);
  }
  return found.format(days, 'day');
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Mar", "mar.", "March" -> 3; "Sept" -> 9; at least three letters so "Ma" is not guessed. */
function monthFromName(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTH_NAMES.findIndex((full) => full.startsWith(lower));
  return index < 0 ? null : index + 1;
}

function isoFrom(year: number, month: number, day: number): IsoDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = parseIsoDate(text);
  return date ? toIsoDate(date) : null;
}

/**
 * A date the person typed, in any form either interface language writes it: ISO (2027-03-10), the
 * Chinese form (2027年3月10日, 2027/3/10, 2027.3.10; with hyphens only the full 2027-03-10), the English one (Mar 10, 2027, March 10 2027,
 * 10 Mar 2027) or US numerals (3/10/2027). Null for anything else or an impossible day (Feb 30), so the
 * field keeps its own message. The two languages never read the same digits two ways: a four-digit
 * year first is year-month-day, a four-digit year last is month/day/year (the en-US short form).
 */
export function parseTypedDate(text: string): IsoDate | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  // With hyphens only the full ISO form: "2027-06-2" is usually 2027-06-26 half typed, not June 2.
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed) ?? /^(\d{4})\s?[/.年]\s?(\d{1,2})\s?[/.月]\s?(\d{1,2})\s?日?$/.exec(trimmed);
  if (match) return isoFrom(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (match) return isoFrom(Number(match[3]), Number(match[1]), Number(match[2]));
  match = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(trimmed);
  if (match) {
    const month = monthFromName(match[1]!);
    return month ? isoFrom(Number(match[3]), month, Number(match[2])) : null;
  }
  match = /^(\d{1,2}) ([A-Za-z]+\.?),? (\d{4})$/.exec(trimmed);
  if (match) {
    const month = monthFromName(match[2]!);
    return month ? isoFrom(Number(match[3]), month, Number(match[1])) : null;
  }
  return null;
}

/** Typed text as ISO when it is a date in any accepted form, else the trimmed text (for the field's own message). */
export function typedDateToIso(text: string): string {
  return parseTypedDate(text) ?? text.trim();
}

/** A parameter value as shown: an ISO date (2027-02-01) or month (2027-03) written for the person, anything else as it is. */
export function formatDateValue(value: unknown, locale: string): unknown {
  if (typeof value !== 'string') return value;
  if (parseIsoDate(value)) return formatDate(value, locale);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return formatIsoMonth(value, locale);
  return value;
}

/** Message parameters with every ISO date or month among them written for the person ({ validUntil: 'Feb 1, 2027' }). */
export function formatDateParams<T extends Record<string, unknown>>(params: T, locale: string): T {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, formatDateValue(value, locale)])) as T;
}
