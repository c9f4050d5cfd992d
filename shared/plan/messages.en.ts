/** English texts of messages.ts (one module per language so only the active one loads, issue 16). */
export const messages = {
  'validation.country': 'Choose a country from the list.',
  'validation.tooLong': 'This is too long.',
  'validation.date': 'Enter a real date as YYYY-MM-DD.',
  'validation.currency': 'Choose a currency from the list.',
  'validation.wholeNumber': 'Enter a whole number.',
  'validation.birthYearRange': 'Enter a birth year between 1900 and 2015.',
  'validation.experienceRange': 'Enter a number of years from 0 to 60.',
  'validation.required': 'This is required.',
  'validation.duplicateId': 'Two entries have the same id.',
  'validation.unknownOffer': 'These settings belong to an offer that no longer exists.',
  'validation.invalidChoice': 'Choose one of the options.',
} as const;
