import { describe, expect, it } from 'vitest';
import { logEntryToDraft, newLogDraft, validateLogDraft } from '../../../../renderer/features/language/log-draft';

const TODAY = '2027-01-11';

describe('study log draft', () => {
  it('quick add is dated today and empty counts mean 0', () => {
    const draft = { ...newLogDraft('e1', 'g1', TODAY), minutes: '30' };
    expect(validateLogDraft(draft, TODAY)).toEqual({ ok: true, value: { id: 'e1', goalId: 'g1', date: TODAY, minutes: 30, newWords: 0, note: '' } });
  });

  it('refuses negative minutes and words and a day that has not come yet', () => {
    const result = validateLogDraft({ ...newLogDraft('e1', 'g1', TODAY), date: '2027-01-12', minutes: '-5', newWords: '-1' }, TODAY);
    expect(result).toEqual({
      ok: false,
      errors: {
        date: { key: 'language.error.logDateInFuture' },
        minutes: { key: 'language.error.minutesNegative' },
        newWords: { key: 'language.error.wordsNegative' },
      },
    });
  });

  it('an entry with nothing in it is refused rather than stored', () => {
    expect(validateLogDraft(newLogDraft('e1', 'g1', TODAY), TODAY)).toEqual({ ok: false, errors: { minutes: { key: 'language.ui.log.nothingToLog' } } });
  });

  it('editing starts from the stored entry', () => {
    const entry = { id: 'e1', goalId: 'g1', date: '2027-01-04', minutes: 40, newWords: 12, note: 'x' };
    expect(validateLogDraft(logEntryToDraft(entry), TODAY)).toEqual({ ok: true, value: entry });
  });
});
