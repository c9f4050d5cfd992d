import { z } from 'zod';
import { parseIsoDate } from '../dates/iso-date';
import { IsoDateSchema } from './schema';

/*
 * Foreigner's Work Permit points estimate from the 2017 trial national table (reference section 1,
 * jlc.hyit.edu.cn 2017-04-06). Provinces apply their own versions and an "interim" table with different
 * weights is reported, so the result is always presented as an estimate with those notes attached.
 */

const v = (key: string) => ({ error: `checklists.validation.${key}` });

export const DEGREES = ['none', 'bachelor', 'master', 'doctorate'] as const;
export type Degree = (typeof DEGREES)[number];

export const WorkPermitPointsInputSchema = z.object({
  /** Only the year: profiles rarely hold a full birth date, so the age can be a year off (see ageRange). */
  birthYear: z.int(v('birthYear')).min(1900, v('birthYear')).max(2100, v('birthYear')).nullable(),
  /** The date the estimate is for, usually the expected application date. */
  onDate: IsoDateSchema,
  degree: z.enum(DEGREES, v('degree')).nullable(),
  yearsExperience: z.number(v('yearsExperience')).min(0, v('yearsExperience')).max(80, v('yearsExperience')).nullable(),
  /** HSK 2.0 level, 0 for none. HSK 3.0 advanced levels 7-9 count as the top band (5 and above). */
  hskLevel: z.int(v('hskLevel')).min(0, v('hskLevel')).max(9, v('hskLevel')).nullable(),
  /** Annual pre-tax salary of the chosen offer in CNY fen (integer minor units, like all money here). */
  annualSalaryCnyMinor: z.int(v('salary')).min(0, v('salary')).nullable(),
  flags: z.object({
    isTopUniversityOrFortune500: z.boolean(v('boolean')),
    isWesternOrNortheastRegion: z.boolean(v('boolean')),
    provincialBonus: z.int(v('provincialBonus')).min(0, v('provincialBonus')).max(10, v('provincialBonus')),
    worksNineMonthsAYear: z.boolean(v('boolean')),
  }),
});
export type WorkPermitPointsInput = z.infer<typeof WorkPermitPointsInputSchema>;

export const POINTS_FACTORS = [
  'salary',
  'degree',
  'experience',
  'time-worked',
  'chinese',
  'age',
  'top-institution',
  'region',
  'provincial',
] as const;
export type PointsFactor = (typeof POINTS_FACTORS)[number];

export interface FactorContribution {
  factor: PointsFactor;
  points: number;
  maxPoints: number;
  /** False when the profile lacks the information; such a factor counts 0 and raises upperBound. */
  isKnown: boolean;
  labelKey: string;
}

export type WorkPermitCategory = 'A' | 'B' | 'C';

export interface PointsNote {
  key: string;
  needsVerification: boolean;
}

export interface WorkPermitPointsEstimate {
  total: number;
  /** The total if every unknown factor scored its maximum: shows whether missing data could change the category. */
  upperBound: number;
  category: WorkPermitCategory;
  factors: FactorContribution[];
  /** The two ages the person can have on onDate, given only the birth year. Null without a birth year. */
  ageRange: [number, number] | null;
  notes: PointsNote[];
}

const FEN_PER_10K_CNY = 10_000 * 100;

/** Salary bands in 10k CNY a year; each band's lower bound is inclusive (exactly 45 scores 20). */
const SALARY_BANDS: readonly { min10k: number; points: number }[] = [
  { min10k: 45, points: 20 },
  { min10k: 35, points: 17 },
  { min10k: 25, points: 14 },
  { min10k: 15, points: 11 },
  { min10k: 7, points: 8 },
  { min10k: 5, points: 5 },
];

export function salaryPoints(annualSalaryCnyMinor: number): number {
  // Integer comparison in fen: no float rounding at the band edges.
  const band = SALARY_BANDS.find((b) => annualSalaryCnyMinor >= b.min10k * FEN_PER_10K_CNY);
  return band ? band.points : 0;
}

export function degreePoints(degree: Degree): number {
  return { none: 0, bachelor: 10, master: 15, doctorate: 20 }[degree];
}

/** 2 years = 5 points, one more per further full year, at most 15 (reached at 12 years). */
export function experiencePoints(years: number): number {
  const fullYears = Math.floor(years);
  if (fullYears < 2) return 0;
  return Math.min(15, 5 + (fullYears - 2));
}

export function hskPoints(level: number): number {
  if (level >= 5) return 10;
  return [0, 2, 4, 6, 8][level] ?? 0;
}

/** 18-25: 10, 26-45: 15, 46-55: 10, 56-60: 5; outside 18-60 the table gives nothing. */
export function agePoints(age: number): number {
  if (age >= 18 && age <= 25) return 10;
  if (age >= 26 && age <= 45) return 15;
  if (age >= 46 && age <= 55) return 10;
  if (age >= 56 && age <= 60) return 5;
  return 0;
}

export function categoryForPoints(total: number): WorkPermitCategory {
  // The reference gives B as 60-85 and A as >= 85: 85 itself is A.
  if (total >= 85) return 'A';
  if (total >= 60) return 'B';
  return 'C';
}

const MAX_POINTS: Record<PointsFactor, number> = {
  salary: 20,
  degree: 20,
  experience: 15,
  'time-worked': 15,
  chinese: 10,
  age: 15,
  'top-institution': 5,
  region: 10,
  provincial: 10,
};

function contribution(factor: PointsFactor, points: number | null): FactorContribution {
  return {
    factor,
    points: points ?? 0,
    maxPoints: MAX_POINTS[factor],
    isKnown: points !== null,
    labelKey: `checklists.points.factor.${factor}`,
  };
}

export function estimateWorkPermitPoints(input: WorkPermitPointsInput): WorkPermitPointsEstimate {
  const notes: PointsNote[] = [
    { key: 'checklists.points.note.estimate', needsVerification: false },
    { key: 'checklists.points.note.provinces', needsVerification: false },
    { key: 'checklists.points.note.interimVersion', needsVerification: true },
    // A total under 60 is not a final Category C (issue 13): A and B also have routes without points.
    { key: 'checklists.points.note.nonPointsRoutes', needsVerification: false },
  ];

  let ageRange: [number, number] | null = null;
  let ageScore: number | null = null;
  const onDate = parseIsoDate(input.onDate);
  if (input.birthYear !== null && onDate) {
    const olderAge = onDate.getFullYear() - input.birthYear;
    ageRange = [olderAge - 1, olderAge];
    const low = agePoints(olderAge - 1);
    const high = agePoints(olderAge);
    // Before the birthday the person is a year younger; when that changes the band, count the lower score.
    ageScore = Math.min(low, high);
    if (low !== high) notes.push({ key: 'checklists.points.note.ageBoundary', needsVerification: false });
    if (olderAge - 1 < 18 || olderAge > 60) notes.push({ key: 'checklists.points.note.ageOutsideTable', needsVerification: false });
  }

  const { flags } = input;
  const factors: FactorContribution[] = [
    contribution('salary', input.annualSalaryCnyMinor === null ? null : salaryPoints(input.annualSalaryCnyMinor)),
    contribution('degree', input.degree === null ? null : degreePoints(input.degree)),
    contribution('experience', input.yearsExperience === null ? null : experiencePoints(input.yearsExperience)),
    contribution('time-worked', flags.worksNineMonthsAYear ? 15 : 0),
    contribution('chinese', input.hskLevel === null ? null : hskPoints(input.hskLevel)),
    contribution('age', ageScore),
    contribution('top-institution', flags.isTopUniversityOrFortune500 ? 5 : 0),
    contribution('region', flags.isWesternOrNortheastRegion ? 10 : 0),
    contribution('provincial', Math.max(0, Math.min(10, Math.trunc(flags.provincialBonus)))),
  ];

  const total = factors.reduce((sum, factor) => sum + factor.points, 0);
  const upperBound = factors.reduce((sum, factor) => sum + (factor.isKnown ? factor.points : factor.maxPoints), 0);
  if (upperBound !== total) notes.push({ key: 'checklists.points.note.incomplete', needsVerification: false });
  return { total, upperBound, category: categoryForPoints(total), factors, ageRange, notes };
}
