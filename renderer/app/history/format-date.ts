import { parseIsoDate } from '../../../shared/dates/iso-date';

/** 1 Dec 2026 / 2026年12月1日: a stored ISO date in the person's language (ISO stays in storage only). */
export function formatIsoDate(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  return date ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date) : iso;
}

/** A moment (an ISO timestamp) as date and time in the person's language. */
export function formatMoment(isoMoment: string, locale: string): string {
  const date = new Date(isoMoment);
  return Number.isNaN(date.getTime()) ? isoMoment : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
