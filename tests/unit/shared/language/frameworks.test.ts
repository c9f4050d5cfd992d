import { describe, expect, it } from 'vitest';
import {
  FRAMEWORKS,
  HSK_DATE_CHANGE_CUTOFF_DAYS,
  WORD_STANDARDS,
  findLevel,
  goalLevel,
  isStandardOf,
  publishedWordCount,
  targetWordsInfo,
} from '../../../../shared/language';
import { isIsoDate } from '../../../../shared/dates/iso-date';

describe('built-in targets', () => {
  it('HSK 2.0: cumulative words, test lengths and pass marks per level', () => {
    const words = ['1', '2', '3', '4', '5', '6'].map((level) => publishedWordCount('hsk2-2009', level));
    expect(words).toEqual([150, 300, 600, 1200, 2500, 5000]);
    expect(FRAMEWORKS.hsk2.levels.map((level) => level.testMinutes)).toEqual([40, 55, 90, 105, 125, 140]);
    expect(findLevel('hsk2', '2')?.passMark).toEqual({ score: 120, outOf: 200 });
    expect(findLevel('hsk2', '3')?.passMark).toEqual({ score: 180, outOf: 300 });
    expect(WORD_STANDARDS['hsk2-2009'].totalWords).toBe(5000);
  });

  it('HSK 2.0: study-time descriptors, with class hours only where weekly hours are given', () => {
    expect(findLevel('hsk2', '1')?.studyTime).toEqual({ descriptionKey: 'language.studyTime.hsk2.1', classHours: { low: 36, high: 54 } });
    expect(findLevel('hsk2', '4')?.studyTime?.classHours).toEqual({ low: 144, high: 288 });
    expect(findLevel('hsk2', '5')?.studyTime).toEqual({ descriptionKey: 'language.studyTime.hsk2.5', classHours: null });
    expect(findLevel('hsk2', '6')?.studyTime?.descriptionKey).toBe('language.studyTime.notStated');
  });

  it('HSK 3.0 per GF 0025-2021: characters, words and grammar points, levels 7-9 as one band', () => {
    const ids = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    expect(FRAMEWORKS.hsk3.levels.map((level) => level.id)).toEqual(ids);
    expect(ids.map((id) => publishedWordCount('hsk3-gf0025-2021', id))).toEqual([
      500, 1272, 2245, 3245, 4316, 5456, 11092, 11092, 11092,
    ]);
    expect(FRAMEWORKS.hsk3.levels.map((level) => level.cumulativeCharacters)).toEqual([
      300, 600, 900, 1200, 1500, 1800, 3000, 3000, 3000,
    ]);
    expect(FRAMEWORKS.hsk3.levels.map((level) => level.cumulativeGrammarPoints)).toEqual([48, 129, 210, 286, 357, 424, 572, 572, 572]);
    expect(findLevel('hsk3', '8')?.band).toBe('7-9');
    expect(findLevel('hsk3', '6')?.band).toBeNull();
    expect(WORD_STANDARDS['hsk3-gf0025-2021'].needsVerification).toBe(false);
  });

  it('HSK 3.0 exam-syllabus counts are a separate standard flagged for verification, with no 7-9 figure', () => {
    const syllabus = WORD_STANDARDS['hsk3-exam-syllabus'];
    expect(syllabus.needsVerification).toBe(true);
    expect(['1', '2', '3', '4', '5', '6'].map((id) => publishedWordCount('hsk3-exam-syllabus', id))).toEqual([
      300, 500, 1000, 2000, 3600, 5400,
    ]);
    expect(publishedWordCount('hsk3-exam-syllabus', '7')).toBeNull();
    expect(syllabus.totalWords).toBeNull();
    expect(FRAMEWORKS.hsk3.defaultStandardId).toBe('hsk3-gf0025-2021');
    expect(isStandardOf('hsk3', 'hsk3-exam-syllabus')).toBe(true);
    expect(isStandardOf('hsk2', 'hsk3-exam-syllabus')).toBe(false);
  });

  it('tells the UI which standard a target uses and whether to verify it', () => {
    const base = { framework: 'hsk3' as const, targetLevel: '4', targetWords: null };
    expect(targetWordsInfo({ ...base, standard: 'hsk3-gf0025-2021' })).toMatchObject({
      words: 3245,
      origin: 'standard',
      needsVerification: false,
    });
    expect(targetWordsInfo({ ...base, standard: 'hsk3-exam-syllabus' })).toMatchObject({
      words: 2000,
      origin: 'standard',
      needsVerification: true,
    });
    expect(targetWordsInfo({ framework: 'cefr', standard: 'cefr-none', targetLevel: 'B2', targetWords: 4000 })).toMatchObject({
      words: 4000,
      origin: 'person',
    });
    expect(targetWordsInfo({ framework: 'cefr', standard: 'cefr-none', targetLevel: 'B2', targetWords: null }).origin).toBe('missing');
  });

  it('CEFR A1-C2 has no word counts and says so; custom has no built-in levels', () => {
    expect(FRAMEWORKS.cefr.levels.map((level) => level.id)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(WORD_STANDARDS['cefr-none'].cumulativeWords).toEqual({});
    expect(FRAMEWORKS.cefr.noteKey).toBe('language.framework.cefr.note');
    expect(FRAMEWORKS.custom.levels).toEqual([]);
  });

  it('HSK frameworks carry the 27-day date-change rule and two-year score validity', () => {
    expect(HSK_DATE_CHANGE_CUTOFF_DAYS).toBe(27);
    expect(FRAMEWORKS.hsk2.dateChangeCutoffDays).toBe(27);
    expect(FRAMEWORKS.hsk3.dateChangeCutoffDays).toBe(27);
    expect(FRAMEWORKS.cefr.dateChangeCutoffDays).toBeNull();
    expect(FRAMEWORKS.hsk3.scoreValidityYears).toBe(2);
  });

  it('every framework and standard has well-formed sources and a review date', () => {
    for (const framework of Object.values(FRAMEWORKS)) {
      expect(isIsoDate(framework.reviewedOn)).toBe(true);
      if (framework.id !== 'custom') expect(framework.sources.length).toBeGreaterThan(0);
      expect(framework.levels.map((level) => level.rank)).toEqual(framework.levels.map((_, index) => index + 1));
      expect(framework.standardIds).toContain(framework.defaultStandardId);
    }
    for (const standard of Object.values(WORD_STANDARDS)) {
      for (const source of standard.sources) {
        expect(source.title.length).toBeGreaterThan(0);
        expect(source.url === null || source.url.startsWith('https://')).toBe(true);
        expect(source.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
      // Cumulative counts must grow with the level.
      const counts = Object.values(standard.cumulativeWords);
      expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    }
  });
});

describe('goalLevel', () => {
  it('is the built-in level a goal aims at, and nothing for a custom goal whatever its words', () => {
    expect(goalLevel({ framework: 'hsk2', targetLevel: '2' })).toBe(findLevel('hsk2', '2'));
    expect(goalLevel({ framework: 'hsk2', targetLevel: '2' })?.passMark).toEqual({ score: 120, outOf: 200 });
    expect(goalLevel({ framework: 'custom', targetLevel: '2' })).toBeNull();
    expect(goalLevel({ framework: 'hsk2', targetLevel: 'no such level' })).toBeNull();
  });
});

