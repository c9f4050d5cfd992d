import { describe, expect, it } from 'vitest';
import {
  agePoints,
  categoryForPoints,
  degreePoints,
  estimateWorkPermitPoints,
  experiencePoints,
  hskPoints,
  salaryPoints,
  WorkPermitPointsInputSchema,
  type WorkPermitPointsInput,
} from '../../../../shared/checklists/work-permit-points';

const cny = (yuan: number) => yuan * 100;
const noFlags = { isTopUniversityOrFortune500: false, isWesternOrNortheastRegion: false, provincialBonus: 0, worksNineMonthsAYear: false };

function input(overrides: Partial<WorkPermitPointsInput>): WorkPermitPointsInput {
  return {
    birthYear: 1990,
    onDate: '2027-01-15',
    degree: 'master',
    yearsExperience: 6,
    hskLevel: 4,
    annualSalaryCnyMinor: cny(400_000),
    flags: noFlags,
    ...overrides,
  };
}

describe('points table bands (trial table, reference section 1)', () => {
  it('salary bands in 10k CNY, lower bounds inclusive, compared in fen', () => {
    const cases: [number, number][] = [
      [cny(450_000), 20],
      [cny(449_999.99), 17],
      [cny(350_000), 17],
      [cny(349_999.99), 14],
      [cny(250_000), 14],
      [cny(249_999.99), 11],
      [cny(150_000), 11],
      [cny(149_999.99), 8],
      [cny(70_000), 8],
      [cny(69_999.99), 5],
      [cny(50_000), 5],
      [cny(49_999.99), 0],
      [0, 0],
      [cny(5_000_000), 20],
    ];
    for (const [fen, points] of cases) expect(salaryPoints(Math.round(fen))).toBe(points);
  });

  it('degree: doctorate 20, master 15, bachelor 10, none 0', () => {
    expect([degreePoints('doctorate'), degreePoints('master'), degreePoints('bachelor'), degreePoints('none')]).toEqual([20, 15, 10, 0]);
  });

  it('experience: 2 years = 5, +1 per full year, capped at 15', () => {
    expect([0, 1, 1.99, 2, 2.5, 3, 11, 12, 13, 40].map(experiencePoints)).toEqual([0, 0, 0, 5, 5, 6, 14, 15, 15, 15]);
  });

  it('HSK: 5 and above 10, 4 -> 8, 3 -> 6, 2 -> 4, 1 -> 2, none 0', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 9].map(hskPoints)).toEqual([0, 2, 4, 6, 8, 10, 10, 10]);
  });

  it('age bands at every edge', () => {
    expect([17, 18, 25, 26, 45, 46, 55, 56, 60, 61].map(agePoints)).toEqual([0, 10, 10, 15, 15, 10, 10, 5, 5, 0]);
  });

  it('categories: A from 85, B 60-84, C under 60', () => {
    expect([120, 85, 84, 60, 59, 0].map(categoryForPoints)).toEqual(['A', 'A', 'B', 'B', 'C', 'C']);
  });
});

describe('worked examples', () => {
  it('an engineer: 400k salary, master, 6 years, HSK 4, born 1990 -> 17 + 15 + 9 + 8 + 15 = 64, category B', () => {
    const estimate = estimateWorkPermitPoints(input({}));
    const byFactor = Object.fromEntries(estimate.factors.map((f) => [f.factor, f.points]));
    expect(byFactor).toEqual({
      salary: 17,
      degree: 15,
      experience: 9,
      'time-worked': 0,
      chinese: 8,
      age: 15,
      'top-institution': 0,
      region: 0,
      provincial: 0,
    });
    expect(estimate.total).toBe(64);
    expect(estimate.category).toBe('B');
    expect(estimate.upperBound).toBe(64);
  });

  it('the same person working 9 months a year at a Fortune 500 employer reaches 84: one point short of A', () => {
    const estimate = estimateWorkPermitPoints(input({ flags: { ...noFlags, worksNineMonthsAYear: true, isTopUniversityOrFortune500: true } }));
    expect(estimate.total).toBe(84);
    expect(estimate.category).toBe('B');
    const withHsk5 = estimateWorkPermitPoints(input({ hskLevel: 5, flags: { ...noFlags, worksNineMonthsAYear: true, isTopUniversityOrFortune500: true } }));
    expect(withHsk5.total).toBe(86);
    expect(withHsk5.category).toBe('A');
  });

  it('a PhD researcher in the north-east with a provincial bonus: 20+20+15+15+10+15+5+10+10 = 120, the maximum', () => {
    const estimate = estimateWorkPermitPoints({
      birthYear: 1985,
      onDate: '2027-06-01',
      degree: 'doctorate',
      yearsExperience: 12,
      hskLevel: 6,
      annualSalaryCnyMinor: cny(600_000),
      flags: { isTopUniversityOrFortune500: true, isWesternOrNortheastRegion: true, provincialBonus: 10, worksNineMonthsAYear: true },
    });
    expect(estimate.total).toBe(120);
    expect(estimate.category).toBe('A');
    expect(estimate.factors.every((f) => f.points === f.maxPoints)).toBe(true);
  });

  it('a young graduate teacher: 120k, bachelor, 1 year, no HSK, age 23 -> 8 + 10 + 0 + 0 + 10 = 28, category C', () => {
    const estimate = estimateWorkPermitPoints(input({ birthYear: 2003, onDate: '2027-09-01', degree: 'bachelor', yearsExperience: 1, hskLevel: 0, annualSalaryCnyMinor: cny(120_000) }));
    expect(estimate.total).toBe(28);
    expect(estimate.category).toBe('C');
  });
});

describe('age from the birth year only', () => {
  it('gives both possible ages and counts the lower score when the birthday could change the band', () => {
    // Born 1981: on 2027-01-15 the person is 45 or 46 -> 15 or 10; 10 is counted, with a note.
    const estimate = estimateWorkPermitPoints(input({ birthYear: 1981 }));
    expect(estimate.ageRange).toEqual([45, 46]);
    expect(estimate.factors.find((f) => f.factor === 'age')!.points).toBe(10);
    expect(estimate.notes.map((n) => n.key)).toContain('checklists.points.note.ageBoundary');
  });

  it('adds no note inside a band, and says when the age is outside the table', () => {
    expect(estimateWorkPermitPoints(input({ birthYear: 1990 })).notes.map((n) => n.key)).not.toContain('checklists.points.note.ageBoundary');
    const old = estimateWorkPermitPoints(input({ birthYear: 1960 }));
    expect(old.factors.find((f) => f.factor === 'age')!.points).toBe(0);
    expect(old.notes.map((n) => n.key)).toContain('checklists.points.note.ageOutsideTable');
  });
});

describe('notes and missing data', () => {
  it('always says tables differ by province and flags the conflicting interim table for verification', () => {
    const notes = estimateWorkPermitPoints(input({})).notes;
    expect(notes).toContainEqual({ key: 'checklists.points.note.provinces', needsVerification: false });
    expect(notes).toContainEqual({ key: 'checklists.points.note.interimVersion', needsVerification: true });
  });

  it('counts unknown factors as 0 and shows how high the total could go', () => {
    const estimate = estimateWorkPermitPoints(input({ hskLevel: null, birthYear: null, annualSalaryCnyMinor: null }));
    expect(estimate.total).toBe(15 + 9);
    expect(estimate.upperBound).toBe(15 + 9 + 10 + 15 + 20);
    expect(estimate.factors.filter((f) => !f.isKnown).map((f) => f.factor)).toEqual(['salary', 'chinese', 'age']);
    expect(estimate.ageRange).toBeNull();
    expect(estimate.notes.map((n) => n.key)).toContain('checklists.points.note.incomplete');
  });

  it('validates input with i18n keys', () => {
    const result = WorkPermitPointsInputSchema.safeParse({ ...input({}), hskLevel: 12, annualSalaryCnyMinor: -5, flags: { ...noFlags, provincialBonus: 11 } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).sort()).toEqual([
      'checklists.validation.hskLevel',
      'checklists.validation.provincialBonus',
      'checklists.validation.salary',
    ]);
  });
});

describe('a total under 60 is not a final Category C', () => {
  it('always carries the routes without points and the contested-table note', () => {
    const estimate = estimateWorkPermitPoints({
      birthYear: 2003,
      onDate: '2027-01-01',
      degree: 'bachelor',
      yearsExperience: 1,
      hskLevel: 0,
      annualSalaryCnyMinor: 12_000_000,
      flags: { isTopUniversityOrFortune500: false, isWesternOrNortheastRegion: false, provincialBonus: 0, worksNineMonthsAYear: false },
    });
    expect(estimate.total).toBeLessThan(60);
    const notes = estimate.notes.map((n) => [n.key, n.needsVerification]);
    expect(notes).toContainEqual(['checklists.points.note.nonPointsRoutes', false]);
    expect(notes).toContainEqual(['checklists.points.note.interimVersion', true]);
  });
});
