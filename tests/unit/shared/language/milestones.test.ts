import { describe, expect, it } from 'vitest';
import { dateChangeCutoff, goalMilestones } from '../../../../shared/language';
import { hsk4Goal } from './fixtures';

const noExam = { examDate: null, registrationDeadline: null, dateChangeCutoff: null, resultsDate: null };

describe('exam milestones', () => {
  it('HSK exam on the target date: cut-off 27 days before, exam, score valid two years', () => {
    const goal = hsk4Goal({ exam: { ...noExam, registrationDeadline: '2027-05-20', resultsDate: '2027-07-26' } });
    expect(goalMilestones(goal)).toEqual([
      { id: 'goal-hsk4:registration-deadline', goalId: 'goal-hsk4', kind: 'registration-deadline', date: '2027-05-20', labelKey: 'language.milestone.registration-deadline', isDerived: false },
      { id: 'goal-hsk4:date-change-cutoff', goalId: 'goal-hsk4', kind: 'date-change-cutoff', date: '2027-05-30', labelKey: 'language.milestone.date-change-cutoff', isDerived: true },
      { id: 'goal-hsk4:exam', goalId: 'goal-hsk4', kind: 'exam', date: '2027-06-26', labelKey: 'language.milestone.exam', isDerived: false },
      { id: 'goal-hsk4:results', goalId: 'goal-hsk4', kind: 'results', date: '2027-07-26', labelKey: 'language.milestone.results', isDerived: false },
      { id: 'goal-hsk4:score-expiry', goalId: 'goal-hsk4', kind: 'score-expiry', date: '2029-06-26', labelKey: 'language.milestone.score-expiry', isDerived: true },
    ]);
  });

  it('the cut-off crosses a month end and a daylight-saving change without slipping', () => {
    expect(dateChangeCutoff(hsk4Goal({ targetDate: '2027-03-20' }))).toEqual({ date: '2027-02-21', isDerived: true });
    expect(dateChangeCutoff(hsk4Goal({ targetDate: '2027-11-27' }))).toEqual({ date: '2027-10-31', isDerived: true });
  });

  it('an entered cut-off overrides the rule', () => {
    const goal = hsk4Goal({ exam: { ...noExam, dateChangeCutoff: '2027-06-01' } });
    expect(dateChangeCutoff(goal)).toEqual({ date: '2027-06-01', isDerived: false });
  });

  it('a target date before a separate exam date appears as its own item', () => {
    const goal = hsk4Goal({ isExamDate: false, targetDate: '2027-06-01', exam: { ...noExam, examDate: '2027-06-26' } });
    expect(goalMilestones(goal).map((item) => [item.kind, item.date])).toEqual([
      ['date-change-cutoff', '2027-05-30'],
      ['target', '2027-06-01'],
      ['exam', '2027-06-26'],
      ['score-expiry', '2029-06-26'],
    ]);
  });

  it('a goal without an exam has only its target date; CEFR has no cut-off rule', () => {
    expect(goalMilestones(hsk4Goal({ isExamDate: false })).map((item) => item.kind)).toEqual(['target']);
    const cefr = hsk4Goal({ framework: 'cefr', standard: 'cefr-none', targetLevel: 'B2', currentLevel: null, targetWords: 4000 });
    expect(goalMilestones(cefr).map((item) => item.kind)).toEqual(['exam']);
  });

  it('items on the same day keep a fixed order', () => {
    const goal = hsk4Goal({ exam: { ...noExam, registrationDeadline: '2027-05-30' } });
    expect(goalMilestones(goal).slice(0, 2).map((item) => item.kind)).toEqual(['registration-deadline', 'date-change-cutoff']);
  });
});
