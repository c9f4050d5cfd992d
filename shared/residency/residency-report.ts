import type { IsoDate } from '../dates/iso-date';
import { calendarYearCounts, logYears, type CalendarYearCount } from './calendar-years';
import { fullDayRanges, type CountOptions } from './day-ranges';
import { bestPresenceWindow, type PresenceWindow } from './physical-presence';
import type { US_TAX_STATUSES } from '../plan/profile-schema';

type UsTaxStatus = (typeof US_TAX_STATUSES)[number];
import type { ResidencySection } from './schema';
import { sixYearCount, type SixYearResult } from './six-year-rule';

/**
 * Which Chinese rule decides residence. A PRC citizen coming back is domiciled in China (hukou, family and
 * economic ties; STA Q&A on returnees; Implementing Regulations art. 2), so resident from day one whatever
 * the days; anyone else is judged by days (183 a year) and the six-year rule.
 */
export type ResidenceBasis = 'domicile' | 'days';

export interface ResidencyReport {
  readonly basis: ResidenceBasis;
  readonly years: readonly CalendarYearCount[];
  /** Only for those judged by days (foreign nationals without domicile). */
  readonly sixYear: SixYearResult | null;
  /** Only for US citizens and green-card holders (the FEIE test). */
  readonly presence: PresenceWindow | null;
  /** An open stay counts as staying through this day (the end of the last year shown). */
  readonly openUntil: IsoDate;
  readonly hasOpenStay: boolean;
  readonly includePlanned: boolean;
}

export interface ReportInput {
  readonly section: ResidencySection;
  readonly basis: ResidenceBasis;
  /** The profile's US tax status (one source of truth with the US tax model): citizens and green-card holders get the FEIE test. */
  readonly usTaxStatus?: UsTaxStatus | undefined;
  readonly today: IsoDate;
  readonly includePlanned: boolean;
  /** Show at least up to this year (for example the tax year an offer needs). */
  readonly throughYear?: number;
}

/** Null for an empty log: with no stays there is nothing to count, and no answer is better than 0 days. */
export function residencyReport(input: ReportInput): ResidencyReport | null {
  const span = logYears(input.section.stays, input.today);
  if (!span) return null;
  const toYear = Math.max(span.toYear, input.throughYear ?? span.toYear);
  const options: CountOptions = { includePlanned: input.includePlanned, openUntil: `${toYear}-12-31` };
  const years = calendarYearCounts(input.section.stays, span.fromYear, toYear, options);
  return {
    basis: input.basis,
    years,
    sixYear: input.basis === 'days' ? sixYearCount(years) : null,
    presence: !input.usTaxStatus || input.usTaxStatus === 'none' ? null : bestPresenceWindow(fullDayRanges(input.section.stays, options)),
    openUntil: options.openUntil,
    hasOpenStay: input.section.stays.some((stay) => stay.exit === null && (input.includePlanned || !stay.isPlanned)),
    includePlanned: input.includePlanned,
  };
}
