import { describe, expect, it } from 'vitest';
import { parseLanguageEdit } from '../../../../shared/language/check-language-edit';
import { LanguageDataSchema, type LanguageData, type LanguageGoal, type StudyLogEntry } from '../../../../shared/language/schema';
import { generateLargePlan } from '../../../fixtures/large-plan';

// Two goals and 110 daily entries, as the store holds them: the schema's own output.
const base: LanguageData = LanguageDataSchema.parse(generateLargePlan(0.1).language);
const entry = (id: string, fields: Partial<StudyLogEntry> = {}): StudyLogEntry => ({ id, goalId: 'goal-zh', date: '2026-12-01', minutes: 30, newWords: 4, note: '', ...fields });

const withEntry = (at: number, edit: (entry: StudyLogEntry) => StudyLogEntry): LanguageData => ({ ...base, studyLog: base.studyLog.map((one, index) => (index === at ? edit(one) : one)) });
const withGoal = (at: number, edit: (goal: LanguageGoal) => LanguageGoal): LanguageData => ({ ...base, goals: base.goals.map((one, index) => (index === at ? edit(one) : one)) });

/** Edits as the store's actions make them: new objects along the changed path only. */
const EDITS: Record<string, () => LanguageData> = {
  'an entry added': () => ({ ...base, studyLog: [...base.studyLog, entry('new')] }),
  'an entry changed': () => withEntry(7, (one) => ({ ...one, minutes: 45, note: 'Flashcards' })),
  'an entry removed': () => ({ ...base, studyLog: base.studyLog.filter((_, index) => index !== 3) }),
  'two entries swapped': () => ({ ...base, studyLog: [base.studyLog[1]!, base.studyLog[0]!, ...base.studyLog.slice(2)] }),
  'an entry with negative minutes': () => withEntry(5, (one) => ({ ...one, minutes: -1 })),
  'an entry with part of a minute': () => withEntry(5, (one) => ({ ...one, minutes: 2.5 })),
  'an entry dated on a day that does not exist': () => ({ ...base, studyLog: [...base.studyLog, entry('new', { date: '2026-02-30' })] }),
  'an entry for a goal that does not exist': () => ({ ...base, studyLog: [...base.studyLog, entry('new', { goalId: 'nope' })] }),
  'an entry with an id the log has': () => ({ ...base, studyLog: [...base.studyLog, entry(base.studyLog[10]!.id)] }),
  'an entry with no id': () => ({ ...base, studyLog: [...base.studyLog, entry('')] }),
  'an entry without its note': () => ({ ...base, studyLog: [...base.studyLog, { ...entry('new'), note: undefined as unknown as string }] }),
  'an entry with a field the schema does not have (dropped)': () => ({ ...base, studyLog: [...base.studyLog, { ...entry('new'), mood: 'good' } as StudyLogEntry] }),
  'two invalid entries (the first is named)': () => ({
    ...base,
    studyLog: base.studyLog.map((one, index) => (index === 40 ? { ...one, newWords: -3 } : index === 12 ? { ...one, note: 5 as unknown as string } : one)),
  }),
  'an invalid entry and a missing goal (the entry is named)': () => ({ ...base, studyLog: [...base.studyLog, entry('other', { goalId: 'nope' }), entry('new', { minutes: -1 })] }),
  'an entry that is not an object': () => ({ ...base, studyLog: [...base.studyLog, null as unknown as StudyLogEntry] }),
  'a log with a hole': () => {
    const studyLog = [...base.studyLog];
    delete studyLog[4];
    return { ...base, studyLog };
  },
  'a goal changed': () => withGoal(0, (goal) => ({ ...goal, hoursPerWeek: 12 })),
  'a goal with a language typed with spaces around it (trimmed)': () => withGoal(1, (goal) => ({ ...goal, language: '  de  ' })),
  'a goal with a level its framework does not have': () => withGoal(0, (goal) => ({ ...goal, targetLevel: 'Z9' })),
  'a goal removed with its entries': () => ({ goals: base.goals.slice(1), studyLog: base.studyLog.filter((one) => one.goalId !== base.goals[0]!.id) }),
  'a goal removed, its entries left behind': () => ({ ...base, goals: base.goals.slice(1) }),
  'a goal added with an id the section has': () => ({ ...base, goals: [...base.goals, { ...base.goals[0]!, hoursPerWeek: 3 }] }),
  'an invalid goal and an invalid entry (the goal is named)': () => ({ goals: [...base.goals, { ...base.goals[0]!, id: 'g3', hoursPerWeek: -1 }], studyLog: [...base.studyLog, entry('new', { minutes: -1 })] }),
};

describe('parseLanguageEdit: checks what an edit of the language section touched, and agrees with its schema', () => {
  it('starts from a section that passes, with a log to edit', () => {
    expect(base.studyLog.length).toBeGreaterThan(100);
    expect(parseLanguageEdit(base, base)).toEqual({ ok: true, value: base });
  });

  for (const [name, edit] of Object.entries(EDITS)) {
    it(name, () => {
      const after = edit();
      const whole = LanguageDataSchema.safeParse(after);
      const parsed = parseLanguageEdit(base, after);
      expect(parsed.ok).toBe(whole.success);
      if (!parsed.ok && !whole.success) expect(parsed.issue).toEqual({ message: whole.error.issues[0]!.message, path: whole.error.issues[0]!.path });
      // What check-edit keeps as the document: the schema's own output (strings trimmed, unknown fields dropped).
      if (parsed.ok && whole.success) expect(parsed.value).toEqual(whole.data);
    });
  }

  it('reports invalid edits and passes valid ones (the table above is both)', () => {
    const verdicts = Object.values(EDITS).map((edit) => parseLanguageEdit(base, edit()).ok);
    expect(verdicts.filter((ok) => !ok).length).toBeGreaterThan(10);
    expect(verdicts.filter((ok) => ok).length).toBeGreaterThan(5);
  });

  it('keeps the entries and goals the edit left alone as they were', () => {
    const parsed = parseLanguageEdit(base, EDITS['an entry added']!());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.goals).toBe(base.goals);
    parsed.value.studyLog.slice(0, base.studyLog.length).forEach((one, index) => expect(one).toBe(base.studyLog[index]));
  });

  it('leaves the unchanged entries alone: an invalid entry already there is main\'s to refuse', () => {
    const broken: LanguageData = { ...base, studyLog: base.studyLog.map((one, index) => (index === 10 ? { ...one, minutes: -5 } : one)) };
    expect(parseLanguageEdit(broken, { ...broken, studyLog: [...broken.studyLog, entry('new')] }).ok).toBe(true);
  });
});
