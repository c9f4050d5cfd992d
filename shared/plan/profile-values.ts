import { isIsoDate } from '../dates/iso-date';

/*
 * The profile's and move's fixed lists and limits, and zod-free checks of the overview's fields: the
 * overview is the first screen and its code loads before the plan's schemas (zod), which load with the
 * first edit (renderer/store/edit-tools). profile-schema.ts builds its schemas from the same limits, and
 * tests/unit/shared/plan/profile-field-checks.test.ts holds these checks to those schemas.
 */
export const INTERFACE_LANGUAGES = ['en', 'zh-CN'] as const;

/** A language tag as one of the interface's two: Simplified Chinese for "zh-CN", English for anything else. */
export function interfaceLanguageOf(language: string | null | undefined): (typeof INTERFACE_LANGUAGES)[number] {
  return language === 'zh-CN' ? 'zh-CN' : 'en';
}
export const DEGREES = ['none', 'secondary', 'associate', 'bachelor', 'master', 'doctorate'] as const;

/** "Are you a US citizen or green-card holder?" The US taxes them on wages earned abroad (issue 10). */
export const US_TAX_STATUSES = ['none', 'citizen', 'green-card'] as const;

export const MIN_BIRTH_YEAR = 1900;
export const MAX_BIRTH_YEAR = 2015;
export const MAX_YEARS_EXPERIENCE = 60;
export const SHORT_TEXT_MAX = 100;
export const MOVE_NOTES_MAX = 5000;

/** The part of a zod schema a field uses: zod's own schemas fit it, and so do the checks below. */
export interface FieldCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

const refuse = (message: string) => ({ success: false as const, error: { issues: [{ message }] } });
const accept = <T>(data: T) => ({ success: true as const, data });

/** As zod's `z.string().trim().max(max)`: trimmed, at most `max` characters, counted as zod counts them (code points). */
export function shortTextCheck(max: number): FieldCheck<string> {
  return {
    safeParse: (value) => {
      if (typeof value !== 'string') return refuse('validation.tooLong');
      const trimmed = value.trim();
      return trimmed.length > max && [...trimmed].length > max ? refuse('validation.tooLong') : accept(trimmed);
    },
  };
}

/** A whole number in [min, max], or null; the messages are the schema's. */
export function optionalWholeNumberCheck(min: number, max: number, rangeMessage: string): FieldCheck<number | null> {
  return {
    safeParse: (value) => {
      if (value === null) return accept(null);
      // zod's .int() also refuses integers past 2^53 with the same message.
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) return refuse('validation.wholeNumber');
      return value < min || value > max ? refuse(rangeMessage) : accept(value);
    },
  };
}

/** A calendar date as YYYY-MM-DD, or null. */
export const optionalIsoDateCheck: FieldCheck<string | null> = {
  safeParse: (value) => (value === null ? accept(null) : typeof value === 'string' && isIsoDate(value) ? accept(value) : refuse('validation.date')),
};

/** The overview's profile fields. */
export const profileFieldChecks = {
  displayName: shortTextCheck(SHORT_TEXT_MAX),
  homeCity: shortTextCheck(SHORT_TEXT_MAX),
  birthYear: optionalWholeNumberCheck(MIN_BIRTH_YEAR, MAX_BIRTH_YEAR, 'validation.birthYearRange'),
  yearsExperience: optionalWholeNumberCheck(0, MAX_YEARS_EXPERIENCE, 'validation.experienceRange'),
};

/** The overview's move fields. */
export const moveFieldChecks = {
  destinationCity: shortTextCheck(SHORT_TEXT_MAX),
  targetMoveDate: optionalIsoDateCheck,
  targetStartDate: optionalIsoDateCheck,
  notes: shortTextCheck(MOVE_NOTES_MAX),
};
