import { z } from 'zod';
import { CURRENCY_CODES } from '../money/currencies';
import { isCountryCode } from '../geo/countries';
import { isIsoDate } from '../dates/iso-date';
import { DEGREES, INTERFACE_LANGUAGES, MAX_BIRTH_YEAR, MAX_YEARS_EXPERIENCE, MIN_BIRTH_YEAR, MOVE_NOTES_MAX, SHORT_TEXT_MAX, US_TAX_STATUSES } from './profile-values';

/**
 * Validation messages are i18n keys (see shared/plan/messages.ts): the renderer shows them next to the
 * field, in the person's language, and main refuses the same input with the same keys.
 */
export { DEGREES, INTERFACE_LANGUAGES, MAX_BIRTH_YEAR, MIN_BIRTH_YEAR, US_TAX_STATUSES } from './profile-values';

const countryCode = z.string().refine(isCountryCode, { message: 'validation.country' });
const shortText = (max: number) => z.string().trim().max(max, { message: 'validation.tooLong' });
export const isoDate = z.string().refine(isIsoDate, { message: 'validation.date' });

export const profileSchema = z
  .object({
    displayName: shortText(SHORT_TEXT_MAX),
    citizenship: countryCode.nullable(),
    homeCountry: countryCode.nullable(),
    homeCity: shortText(SHORT_TEXT_MAX),
    homeCurrency: z.enum(CURRENCY_CODES, { message: 'validation.currency' }),
    birthYear: z
      .number({ message: 'validation.wholeNumber' })
      .int({ message: 'validation.wholeNumber' })
      .min(MIN_BIRTH_YEAR, { message: 'validation.birthYearRange' })
      .max(MAX_BIRTH_YEAR, { message: 'validation.birthYearRange' })
      .nullable(),
    highestDegree: z.enum(DEGREES).nullable(),
    yearsExperience: z
      .number({ message: 'validation.wholeNumber' })
      .int({ message: 'validation.wholeNumber' })
      .min(0, { message: 'validation.experienceRange' })
      .max(MAX_YEARS_EXPERIENCE, { message: 'validation.experienceRange' })
      .nullable(),
    interfaceLanguage: z.enum(INTERFACE_LANGUAGES),
    /** Optional: absent = not answered yet (the tax panel asks when it matters). */
    usTaxStatus: z.enum(US_TAX_STATUSES, { message: 'validation.invalidChoice' }).optional(),
  })
  .strict();

export const moveSchema = z
  .object({
    destinationCountry: countryCode.nullable(),
    destinationCity: shortText(SHORT_TEXT_MAX),
    targetMoveDate: isoDate.nullable(),
    targetStartDate: isoDate.nullable(),
    notes: shortText(MOVE_NOTES_MAX),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;
export type Move = z.infer<typeof moveSchema>;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export type Degree = (typeof DEGREES)[number];

export function createEmptyProfile(interfaceLanguage: InterfaceLanguage = 'en'): Profile {
  return {
    displayName: '',
    citizenship: null,
    homeCountry: null,
    homeCity: '',
    homeCurrency: 'USD',
    birthYear: null,
    highestDegree: null,
    yearsExperience: null,
    interfaceLanguage,
  };
}

export function createEmptyMove(): Move {
  return { destinationCountry: null, destinationCity: '', targetMoveDate: null, targetStartDate: null, notes: '' };
}
