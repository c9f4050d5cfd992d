import { addMonthsIso, compareIso, type IsoDate } from '../dates/iso-date';
import type { EquityGrant, Offer } from './offer-schema';
import { grantVests, type EquityVest } from './equity-value';

/**
 * The current job as the baseline of a comparison. Its `startDate` is the date the comparison starts from
 * (the move date: the day the person would leave), and its grants keep their real, past grant dates:
 * - a vest on or before the start date is the person's either way, so it is not counted for staying;
 * - a vest after it counts for staying (in the year it falls, counted from the start) and is forfeited by
 *   leaving;
 * - expected refreshers are granted at the anniversaries of the start date, as for a new offer.
 * Raises apply from the start date; sign-on and relocation money do not apply to a job already held.
 */
export function isCurrentJob(offer: Pick<Offer, 'kind'>): boolean {
  return offer.kind === 'currentJob';
}

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/**
 * Whole months from `from` to `to`, a part month counted as a whole one (a vest 14 days after the start is
 * in month 1), so a vest after the start is never at month 0 or before.
 */
export function monthsAfter(from: IsoDate, to: IsoDate): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return (ty - fy) * 12 + (tm - fm) + (td > fd ? 1 : 0);
}

/** The grant's vests split at the start date, in months after the start (vested ones at month <= 0). */
export interface CurrentGrantVests {
  /** On or before the start: already the person's, not counted. valueMinor as valued at each vest. */
  vestedBefore: EquityVest[];
  /** After the start, with `month` counted from the start date; refreshers from the start's anniversaries. */
  counted: EquityVest[];
}

export function currentGrantVests(startDate: IsoDate, grant: EquityGrant, lastGrantMonth: number): CurrentGrantVests {
  const grantDate = grant.grantDate ?? startDate;
  const vestedBefore: EquityVest[] = [];
  const counted: EquityVest[] = [];
  for (const vest of grantVests(grant, 0)) {
    if (vest.isRefresher) continue;
    const vestDate = addMonthsIso(grantDate, vest.month);
    if (compareIso(vestDate, startDate) <= 0) vestedBefore.push({ ...vest, month: 0 - monthsAfter(vestDate, startDate) || 0 });
    else counted.push({ ...vest, month: monthsAfter(startDate, vestDate) });
  }
  counted.push(...grantVests(grant, lastGrantMonth).filter((vest) => vest.isRefresher));
  return { vestedBefore, counted };
}

/**
 * The vests the comparison counts for this grant, months after the offer's start. A new offer's grant is
 * made on its start date; a current job's grant vests from its own grant date (see above).
 */
export function offerGrantVests(offer: Pick<Offer, 'kind' | 'startDate'>, grant: EquityGrant, lastGrantMonth: number): EquityVest[] {
  if (!isCurrentJob(offer)) return grantVests(grant, lastGrantMonth);
  return currentGrantVests(offer.startDate, grant, lastGrantMonth).counted;
}
