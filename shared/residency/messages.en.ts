/** English texts of messages.ts (one module per language so only the active one loads, issue 16). */
export const messages = {
  'residency.validation.date': 'Enter a real date as YYYY-MM-DD.',
  'residency.validation.id': 'This stay has no id.',
  'residency.validation.boolean': 'Choose yes or no.',
  'residency.validation.choice': 'Choose one of the options.',
  'residency.validation.note': 'Enter a note as text.',
  'residency.validation.noteTooLong': 'Keep the note to 200 characters.',
  'residency.validation.stay': 'This stay could not be read.',
  'residency.validation.stays': 'The list of stays could not be read.',
  'residency.validation.section': 'The trip log could not be read.',
  'residency.validation.tooMany': 'The log holds at most 500 stays.',
  'residency.validation.exitBeforeEntry': 'The exit date is before the entry date.',
  'residency.validation.overlap': 'This stay overlaps another one: you cannot be in China twice at once. Check both dates.',
  'residency.validation.afterOpenStay': 'An earlier stay has no exit date. Enter when you left before adding a later stay.',
  'residency.validation.duplicateId': 'Two stays have the same id.',
} as const;
