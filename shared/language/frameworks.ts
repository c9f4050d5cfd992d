import type { MessageKey } from './messages';

/**
 * Built-in language targets. The numbers come from china-relocation-facts.md section 5; every framework
 * carries its sources and a reviewedOn date because the UI must show both, and a contested figure is
 * flagged needsVerification so it is never presented as settled.
 */

export type FrameworkId = 'hsk2' | 'hsk3' | 'cefr' | 'custom';

/**
 * A word-count standard says how many words a level needs. HSK 3.0 has two that disagree (the 2021
 * national standard and the reported new exam syllabus), so a goal records which one it uses.
 */
export type StandardId = 'hsk2-2009' | 'hsk3-gf0025-2021' | 'hsk3-exam-syllabus' | 'cefr-none' | 'custom';

export interface Source {
  title: string;
  url: string | null;
  /** When the source was published or reported: yyyy, yyyy-MM or yyyy-MM-dd (sources are often vague). */
  date: string;
}

export interface StudyTime {
  descriptionKey: MessageKey;
  /**
   * Total class hours implied by the descriptor, or null when it gives no weekly hours. Semesters are
   * converted at SEMESTER_WEEKS weeks each, which is our assumption, not the exam board's.
   */
  classHours: { low: number; high: number } | null;
}

export interface LevelTarget {
  /** Stable id stored in goals: '1'..'9' for HSK, 'A1'..'C2' for CEFR. */
  id: string;
  /** Order within the framework, so "level reached >= level required" is a number comparison. */
  rank: number;
  labelKey: MessageKey;
  /** HSK 3.0 levels 7, 8 and 9 share one band in GF 0025-2021; the band label lets the UI say so. */
  band: string | null;
  cumulativeCharacters: number | null;
  cumulativeGrammarPoints: number | null;
  testMinutes: number | null;
  passMark: { score: number; outOf: number } | null;
  studyTime: StudyTime | null;
}

export interface WordStandard {
  id: StandardId;
  frameworkId: FrameworkId;
  labelKey: MessageKey;
  needsVerification: boolean;
  /** Cumulative words per level id; a level missing here has no published count in this standard. */
  cumulativeWords: Readonly<Record<string, number>>;
  /** Size of the whole word list, the most words anyone can know "of" it; null when unknown. */
  totalWords: number | null;
  sources: readonly Source[];
}

export interface Framework {
  id: FrameworkId;
  labelKey: MessageKey;
  noteKey: MessageKey | null;
  levels: readonly LevelTarget[];
  standardIds: readonly StandardId[];
  defaultStandardId: StandardId;
  /** HSK lets candidates change the test date free of charge up to this many days before the exam. */
  dateChangeCutoffDays: number | null;
  /** HSK score reports are accepted for this many years after the exam. */
  scoreValidityYears: number | null;
  reviewedOn: string;
  sources: readonly Source[];
}

/** Our conversion for "one semester at N class hours a week"; a Chinese university semester is 18-20 weeks. */
export const SEMESTER_WEEKS = 18;

/** HSK rule from the reference notes: free date changes up to 27 days before the test. */
export const HSK_DATE_CHANGE_CUTOFF_DAYS = 27;

const REVIEWED_ON = '2026-11-22';

const HSK2_SOURCES: readonly Source[] = [
  { title: 'Chinese Testing International: HSK test introduction (HSK levels 1-6)', url: 'https://www.chinesetest.cn/', date: '2010' },
];

const GF0025_SOURCES: readonly Source[] = [
  {
    title:
      'GF 0025-2021 International Chinese Language Education Chinese Proficiency Grading Standards (国际中文教育中文水平等级标准), Ministry of Education and State Language Commission',
    url: null,
    date: '2021-03-24',
  },
];

const HSK3_SYLLABUS_SOURCES: readonly Source[] = [
  {
    title: 'Reports of the new HSK 3.0 exam syllabus (first pilot test Jan 31, 2026); they disagree with GF 0025-2021',
    url: null,
    date: '2026-01',
  },
];

const CEFR_SOURCES: readonly Source[] = [
  {
    title: 'Council of Europe: Common European Framework of Reference for Languages, Companion Volume',
    url: 'https://www.coe.int/en/web/common-european-framework-reference-languages',
    date: '2020',
  },
];

function semesterHours(semesters: number, lowPerWeek: number, highPerWeek: number): { low: number; high: number } {
  return { low: semesters * SEMESTER_WEEKS * lowPerWeek, high: semesters * SEMESTER_WEEKS * highPerWeek };
}

const HSK2_LEVELS: readonly LevelTarget[] = [
  {
    id: '1',
    rank: 1,
    labelKey: 'language.level.hsk.1',
    band: null,
    cumulativeCharacters: null,
    cumulativeGrammarPoints: null,
    testMinutes: 40,
    passMark: { score: 120, outOf: 200 },
    studyTime: { descriptionKey: 'language.studyTime.hsk2.1', classHours: semesterHours(1, 2, 3) },
  },
  {
    id: '2',
    rank: 2,
    labelKey: 'language.level.hsk.2',
    band: null,
    cumulativeCharacters: null,
    cumulativeGrammarPoints: null,
    testMinutes: 55,
    passMark: { score: 120, outOf: 200 },
    studyTime: { descriptionKey: 'language.studyTime.hsk2.2', classHours: semesterHours(2, 2, 3) },
  },
  {
    id: '3',
    rank: 3,
    labelKey: 'language.level.hsk.3',
    band: null,
    cumulativeCharacters: null,
    cumulativeGrammarPoints: null,
    testMinutes: 90,
    passMark: { score: 180, outOf: 300 },
    studyTime: { descriptionKey: 'language.studyTime.hsk2.3', classHours: semesterHours(3, 2, 3) },
  },
  {
    id: '4',
    rank: 4,
    labelKey: 'language.level.hsk.4',
    band: null,
    cumulativeCharacters: null,
    cumulativeGrammarPoints: null,
    testMinutes: 105,
    passMark: { score: 180, outOf: 300 },
    studyTime: { descriptionKey: 'language.studyTime.hsk2.4', classHours: semesterHours(4, 2, 4) },
  },
  {
    id: '5',
    rank: 5,
    labelKey: 'language.level.hsk.5',
    band: null,
    cumulativeCharacters: null,
    cumulativeGrammarPoints: null,
    testMinutes: 125,
    passMark: { score: 180, outOf: 300 },
    // "More than two years" names no weekly hours, so no hour figure can be derived from it.
    studyTime: { descriptionKey: 'language.studyTime.hsk2.5', classHours: null },
  },
  {
    id: '6',
    rank: 6,
    labelKey: 'language.level.hsk.6',
    band: null,
    cumulativeCharacters: null,
    cumulativeGrammarPoints: null,
    testMinutes: 140,
    passMark: { score: 180, outOf: 300 },
    studyTime: { descriptionKey: 'language.studyTime.notStated', classHours: null },
  },
];

function hsk3Level(id: string, rank: number, characters: number, grammar: number, band: string | null): LevelTarget {
  return {
    id,
    rank,
    labelKey: `language.level.hsk.${id}` as MessageKey,
    band,
    cumulativeCharacters: characters,
    cumulativeGrammarPoints: grammar,
    // The reference gives no test lengths, pass marks or study times for HSK 3.0.
    testMinutes: null,
    passMark: null,
    studyTime: null,
  };
}

const HSK3_LEVELS: readonly LevelTarget[] = [
  hsk3Level('1', 1, 300, 48, null),
  hsk3Level('2', 2, 600, 129, null),
  hsk3Level('3', 3, 900, 210, null),
  hsk3Level('4', 4, 1200, 286, null),
  hsk3Level('5', 5, 1500, 357, null),
  hsk3Level('6', 6, 1800, 424, null),
  hsk3Level('7', 7, 3000, 572, '7-9'),
  hsk3Level('8', 8, 3000, 572, '7-9'),
  hsk3Level('9', 9, 3000, 572, '7-9'),
];

const CEFR_LEVELS: readonly LevelTarget[] = (['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const).map((id, index) => ({
  id,
  rank: index + 1,
  labelKey: `language.level.cefr.${id}` as const,
  band: null,
  cumulativeCharacters: null,
  cumulativeGrammarPoints: null,
  testMinutes: null,
  passMark: null,
  studyTime: null,
}));

export const WORD_STANDARDS: Readonly<Record<StandardId, WordStandard>> = {
  'hsk2-2009': {
    id: 'hsk2-2009',
    frameworkId: 'hsk2',
    labelKey: 'language.standard.hsk2-2009',
    needsVerification: false,
    cumulativeWords: { '1': 150, '2': 300, '3': 600, '4': 1200, '5': 2500, '6': 5000 },
    totalWords: 5000,
    sources: HSK2_SOURCES,
  },
  'hsk3-gf0025-2021': {
    id: 'hsk3-gf0025-2021',
    frameworkId: 'hsk3',
    labelKey: 'language.standard.hsk3-gf0025-2021',
    needsVerification: false,
    cumulativeWords: { '1': 500, '2': 1272, '3': 2245, '4': 3245, '5': 4316, '6': 5456, '7': 11092, '8': 11092, '9': 11092 },
    totalWords: 11092,
    sources: GF0025_SOURCES,
  },
  'hsk3-exam-syllabus': {
    id: 'hsk3-exam-syllabus',
    frameworkId: 'hsk3',
    labelKey: 'language.standard.hsk3-exam-syllabus',
    needsVerification: true,
    // Only levels 1-6 are reported; levels 7-9 have no count here, so such a goal must enter its own.
    cumulativeWords: { '1': 300, '2': 500, '3': 1000, '4': 2000, '5': 3600, '6': 5400 },
    totalWords: null,
    sources: HSK3_SYLLABUS_SOURCES,
  },
  'cefr-none': {
    id: 'cefr-none',
    frameworkId: 'cefr',
    labelKey: 'language.standard.cefr-none',
    needsVerification: false,
    // CEFR describes what a learner can do, not how many words they know: the person enters a target.
    cumulativeWords: {},
    totalWords: null,
    sources: CEFR_SOURCES,
  },
  custom: {
    id: 'custom',
    frameworkId: 'custom',
    labelKey: 'language.standard.custom',
    needsVerification: false,
    cumulativeWords: {},
    totalWords: null,
    sources: [],
  },
};

export const FRAMEWORKS: Readonly<Record<FrameworkId, Framework>> = {
  hsk2: {
    id: 'hsk2',
    labelKey: 'language.framework.hsk2',
    noteKey: null,
    levels: HSK2_LEVELS,
    standardIds: ['hsk2-2009'],
    defaultStandardId: 'hsk2-2009',
    dateChangeCutoffDays: HSK_DATE_CHANGE_CUTOFF_DAYS,
    scoreValidityYears: 2,
    reviewedOn: REVIEWED_ON,
    sources: HSK2_SOURCES,
  },
  hsk3: {
    id: 'hsk3',
    labelKey: 'language.framework.hsk3',
    noteKey: 'language.framework.hsk3.note',
    levels: HSK3_LEVELS,
    standardIds: ['hsk3-gf0025-2021', 'hsk3-exam-syllabus'],
    // The published national standard is the default; the syllabus figures are contested.
    defaultStandardId: 'hsk3-gf0025-2021',
    dateChangeCutoffDays: HSK_DATE_CHANGE_CUTOFF_DAYS,
    scoreValidityYears: 2,
    reviewedOn: REVIEWED_ON,
    sources: [...GF0025_SOURCES, HSK3_SYLLABUS_SOURCES[0]!],
  },
  cefr: {
    id: 'cefr',
    labelKey: 'language.framework.cefr',
    noteKey: 'language.framework.cefr.note',
    levels: CEFR_LEVELS,
    standardIds: ['cefr-none'],
    defaultStandardId: 'cefr-none',
    dateChangeCutoffDays: null,
    scoreValidityYears: null,
    reviewedOn: REVIEWED_ON,
    sources: CEFR_SOURCES,
  },
  custom: {
    id: 'custom',
    labelKey: 'language.framework.custom',
    noteKey: 'language.framework.custom.note',
    // A custom goal names its own level in free text.
    levels: [],
    standardIds: ['custom'],
    defaultStandardId: 'custom',
    dateChangeCutoffDays: null,
    scoreValidityYears: null,
    reviewedOn: REVIEWED_ON,
    sources: [],
  },
};

export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];
export const STANDARD_IDS = Object.keys(WORD_STANDARDS) as StandardId[];

export function getFramework(id: FrameworkId): Framework {
  return FRAMEWORKS[id];
}

export function getStandard(id: StandardId): WordStandard {
  return WORD_STANDARDS[id];
}

export function findLevel(frameworkId: FrameworkId, levelId: string): LevelTarget | null {
  return FRAMEWORKS[frameworkId].levels.find((level) => level.id === levelId) ?? null;
}

/** The built-in level a goal aims at; null for a custom goal, whose level is the person's own words. */
export function goalLevel(goal: { framework: FrameworkId; targetLevel: string }): LevelTarget | null {
  return goal.framework === 'custom' ? null : findLevel(goal.framework, goal.targetLevel);
}

export function isStandardOf(frameworkId: FrameworkId, standardId: StandardId): boolean {
  return FRAMEWORKS[frameworkId].standardIds.includes(standardId);
}

/** The published cumulative word count for a level under a standard, or null when none is published. */
export function publishedWordCount(standardId: StandardId, levelId: string): number | null {
  return WORD_STANDARDS[standardId].cumulativeWords[levelId] ?? null;
}

/** True when the framework is an HSK exam, whose logistics (date-change cut-off, results) apply. */
export function isHskFramework(frameworkId: FrameworkId): boolean {
  return frameworkId === 'hsk2' || frameworkId === 'hsk3';
}
