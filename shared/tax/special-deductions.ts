import type { SpecialDeductionAmounts } from './china-rules';
import { step, type ExplanationStep } from './explanation';
import type { DeductionShare, SpecialDeductionSettings } from './schema';

export interface SpecialDeductionsResult {
  /** The special additional deductions (the part a foreign individual gives up for the allowance exemption). */
  readonly totalMinor: number;
  readonly steps: readonly ExplanationStep[];
}

/** Half is exact in fen for every amount the law sets (all whole yuan). */
function shareOf(amountMinor: number, share: DeductionShare): number {
  return share === 'full' ? amountMinor : Math.round(amountMinor / 2);
}

/** Months of `taxYear` in which a child born in `birthMonth` (yyyy-MM) is under 3, and in which it is 3 or older. */
export function childMonthsInYear(birthMonth: string, taxYear: number): { under3: number; from3: number } {
  const [yearText = '', monthText = ''] = birthMonth.split('-');
  const birthIndex = Number(yearText) * 12 + (Number(monthText) - 1);
  let under3 = 0;
  let from3 = 0;
  for (let month = 0; month < 12; month++) {
    const ageInMonths = taxYear * 12 + month - birthIndex;
    // The under-3 deduction starts in the birth month and ends the month before the third birthday;
    // the education deduction (pre-school onwards) starts in the month the child turns 3.
    if (ageInMonths >= 0 && ageInMonths < 36) under3++;
    else if (ageInMonths >= 36) from3++;
  }
  return { under3, from3 };
}

/**
 * The special additional deductions for one tax year. Simplifications: elderly parents count for all
 * twelve months (the parent is taken to be 60 or older all year); a degree programme counts for all twelve
 * months and the 48-month lifetime limit is not tracked; mortgage interest and rent count all year.
 */
export function computeSpecialDeductions(
  settings: SpecialDeductionSettings,
  amounts: SpecialDeductionAmounts,
  taxYear: number,
): SpecialDeductionsResult {
  const steps: ExplanationStep[] = [];
  let totalMinor = 0;
  const add = (amountMinor: number, s: ExplanationStep): void => {
    if (amountMinor <= 0) return;
    totalMinor += amountMinor;
    steps.push(s);
  };

  settings.children.forEach((child, index) => {
    const months = childMonthsInYear(child.birthMonth, taxYear);
    const under3Minor = shareOf(amounts.childUnder3MonthlyMinor * months.under3, child.share);
    add(
      under3Minor,
      step('tax.explain.childUnder3', {
        child: index + 1,
        monthlyMinor: amounts.childUnder3MonthlyMinor,
        months: months.under3,
        share: child.share,
        amountMinor: under3Minor,
      }),
    );
    const educationMonths = child.isInEducation ? months.from3 : 0;
    const educationMinor = shareOf(amounts.childEducationMonthlyMinor * educationMonths, child.share);
    add(
      educationMinor,
      step('tax.explain.childEducation', {
        child: index + 1,
        monthlyMinor: amounts.childEducationMonthlyMinor,
        months: educationMonths,
        share: child.share,
        amountMinor: educationMinor,
      }),
    );
  });

  const parents = settings.elderlyParents;
  if (parents.kind !== 'none') {
    const monthlyMinor =
      parents.kind === 'only-child'
        ? amounts.elderlyOnlyChildMonthlyMinor
        : Math.min(parents.monthlyShareMinor, amounts.elderlySharedMaxMonthlyMinor);
    add(
      monthlyMinor * 12,
      step('tax.explain.elderlyParents', { isOnlyChild: parents.kind === 'only-child', monthlyMinor, months: 12, amountMinor: monthlyMinor * 12 }),
    );
  }

  if (settings.isInDegreeProgram) {
    const amountMinor = amounts.continuingEducationAcademicMonthlyMinor * 12;
    add(
      amountMinor,
      step('tax.explain.continuingEducationDegree', {
        monthlyMinor: amounts.continuingEducationAcademicMonthlyMinor,
        months: 12,
        amountMinor,
      }),
    );
  }
  if (settings.certificateYears.includes(taxYear)) {
    add(
      amounts.continuingEducationCertificateAnnualMinor,
      step('tax.explain.continuingEducationCertificate', { amountMinor: amounts.continuingEducationCertificateAnnualMinor }),
    );
  }

  const housing = settings.housing;
  if (housing.kind === 'mortgage') {
    const amountMinor = shareOf(amounts.mortgageInterestMonthlyMinor * 12, housing.share);
    add(
      amountMinor,
      step('tax.explain.mortgageInterest', {
        monthlyMinor: amounts.mortgageInterestMonthlyMinor,
        months: 12,
        share: housing.share,
        amountMinor,
      }),
    );
  } else if (housing.kind === 'rent') {
    const monthlyMinor = amounts.rentMonthlyMinor[housing.cityTier];
    add(monthlyMinor * 12, step('tax.explain.rent', { cityTier: housing.cityTier, monthlyMinor, months: 12, amountMinor: monthlyMinor * 12 }));
  }

  const illnessMinor = Math.min(
    Math.max(0, settings.seriousIllnessOutOfPocketMinor - amounts.seriousIllnessThresholdMinor),
    amounts.seriousIllnessMaxMinor,
  );
  add(
    illnessMinor,
    step('tax.explain.seriousIllness', {
      outOfPocketMinor: settings.seriousIllnessOutOfPocketMinor,
      thresholdMinor: amounts.seriousIllnessThresholdMinor,
      maxMinor: amounts.seriousIllnessMaxMinor,
      amountMinor: illnessMinor,
    }),
  );

  return { totalMinor, steps };
}
