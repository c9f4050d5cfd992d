/** English texts of hsk-exam-messages.ts (one module per language so only the active one loads, issue 16). */
export const messages = {
  'language.ui.hskExam.title': 'HSK 3.0: what changes in the exam',
  'language.ui.hskExam.intro': 'These change how you take the test, not the word counts above.',
  'language.ui.hskExam.reviewedOn': 'Reviewed on {{date}}',
  'language.ui.hskExam.verify': 'Verify with the official source',
} as const;
