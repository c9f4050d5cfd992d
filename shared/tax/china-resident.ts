import { findBonusTrap } from './bonus-trap';
import type { ChinaRulesForYear } from './china-rules';
import { computeContribution } from './contributions';
import { step, type ExplanationStep } from './explanation';
import type { TaxMessageKey } from './messages';
import type { TaxSettings } from './schema';
import { taxBonusSeparately } from './separate-bonus';
import { EQUITY_AS_WAGES_KEY } from './simplifications';
import { computeSpecialDeductions } from './special-deductions';
import { allowancesStep, reliefTiming } from './relief-timing';
import type { AllowanceTreatment, BonusTreatment, ResolvedTaxYearInput, TaxComputation, TaxOptionOutcome } from './tax-result';
import { taxFromTable } from './tax-table';
import { splitChinaEquity, equityChoiceStep, equityQualifyingMinor, type ChinaEquitySplit } from './china-equity';

interface OptionEvaluation extends TaxOptionOutcome {
  readonly taxableIncomeMinor: number;
  readonly marginalRateBp: number;
  readonly steps: readonly ExplanationStep[];
}

/**
 * China, tax resident: annual comprehensive income on the seven-bracket table. Every option the year allows
 * (bonus separate or combined; for foreign individuals, allowances exempt or special deductions) is computed
 * in full, and the one with the lowest tax is suggested. Gross and contributions are the same under every
 * option, so lowest tax is the same as highest take-home.
 *
 * The brackets are the tax year's; the two reliefs that end on 2027-12-31 go by payment date (relief-timing.ts):
 * the separate option needs a bonus paid by then, and the exemption covers only the allowances paid by then.
 *
 * Equity (china-equity.ts): income from a listed company's plan that the person confirms qualifies is taxed
 * on its own with the annual table (MOF/STA Announcement 2023 No. 25, to 2027-12-31); an unlisted company's
 * grant under a filed deferral plan is taxed at 20% on sale (estimated at the vest value); anything else is
 * added to wages. The explanation shows the tax both ways.
 */
export function computeChinaResident(settings: TaxSettings, input: ResolvedTaxYearInput, rules: ChinaRulesForYear): TaxComputation {
  const { ruleSet } = rules;
  const grossMinor = input.wagesMinor + input.annualBonusMinor + input.equityVestedMinor + input.reimbursedAllowancesMinor;

  const socialInsurance = computeContribution('socialInsurance', settings.socialInsurance, input.baseSalaryMinor, input.monthsEmployed);
  const housingFund = computeContribution('housingFund', settings.housingFund, input.baseSalaryMinor, input.monthsEmployed);
  const contributionsMinor = socialInsurance.annualMinor + housingFund.annualMinor;
  const special = computeSpecialDeductions(settings.deductions, ruleSet.specialDeductions, input.taxYear);
  const otherDeductionsMinor = settings.deductions.otherDeductionsMinor;

  const timing = reliefTiming(input, rules);
  const equity: ChinaEquitySplit = splitChinaEquity(input);
  const exemptibleMinor = timing.exemptibleAllowancesMinor;
  const hasBonus = input.annualBonusMinor > 0;
  const bonusChoices: BonusTreatment[] = hasBonus && timing.isSeparateBonusAvailable ? ['combined', 'separate'] : ['combined'];
  const isExemptionOffered = settings.isForeignNational && timing.isExemptionInForce;
  const allowanceChoices: AllowanceTreatment[] = isExemptionOffered ? ['deductions', 'exempt'] : ['deductions'];

  const evaluate = (bonusTreatment: BonusTreatment, allowanceTreatment: AllowanceTreatment, split: ChinaEquitySplit = equity): OptionEvaluation => {
    const isExempt = allowanceTreatment === 'exempt';
    const isSeparate = bonusTreatment === 'separate';
    const steps: ExplanationStep[] = [];

    if (input.reimbursedAllowancesMinor > 0) {
      steps.push(allowancesStep(input.reimbursedAllowancesMinor, isExempt ? exemptibleMinor : 0, timing.exemptionEndsOn));
    }
    if (split.asWagesMinor > 0) steps.push(step('tax.explain.equityAsWages', { amountMinor: split.asWagesMinor }));
    if (hasBonus && !isSeparate) steps.push(step('tax.explain.bonusCombined', { bonusMinor: input.annualBonusMinor }));

    const incomeMinor =
      input.wagesMinor +
      split.asWagesMinor +
      (input.reimbursedAllowancesMinor - (isExempt ? exemptibleMinor : 0)) +
      (isSeparate ? 0 : input.annualBonusMinor);
    steps.push(step('tax.explain.comprehensiveIncome', { amountMinor: incomeMinor }));
    steps.push(step('tax.explain.basicDeduction', { amountMinor: ruleSet.basicDeductionAnnualMinor }));
    steps.push(...socialInsurance.steps, ...housingFund.steps);

    // The foreign individual who takes the allowance exemption gives up the special additional deductions
    // for the whole year (one or the other, Announcement 2023 No. 29); other deductions stay.
    const specialMinor = isExempt ? 0 : special.totalMinor;
    if (isExempt && special.totalMinor > 0) {
      steps.push(step('tax.explain.specialDeductionsForgone', { amountMinor: special.totalMinor }));
    } else {
      steps.push(...special.steps);
    }
    if (otherDeductionsMinor > 0) steps.push(step('tax.explain.otherDeductions', { amountMinor: otherDeductionsMinor }));

    const deductionsMinor = ruleSet.basicDeductionAnnualMinor + contributionsMinor + specialMinor + otherDeductionsMinor;
    const taxableIncomeMinor = Math.max(0, incomeMinor - deductionsMinor);
    steps.push(step('tax.explain.taxableIncome', { incomeMinor, deductionsMinor, taxableMinor: taxableIncomeMinor }));

    const comprehensive = taxFromTable(ruleSet.annualTable, taxableIncomeMinor);
    steps.push(
      step('tax.explain.annualBracket', {
        taxableMinor: taxableIncomeMinor,
        bracket: comprehensive.bracketIndex + 1,
        rateBp: comprehensive.rateBp,
        quickDeductionMinor: comprehensive.quickDeductionMinor,
        taxMinor: comprehensive.taxMinor,
      }),
    );

    let bonusTaxMinor = 0;
    if (isSeparate) {
      const bonus = taxBonusSeparately(ruleSet.monthlyTable, input.annualBonusMinor);
      bonusTaxMinor = bonus.taxMinor;
      steps.push(bonus.step);
    }
    let equityTaxMinor = 0;
    if (split.separateMinor > 0) {
      const separate = taxFromTable(ruleSet.annualTable, split.separateMinor);
      equityTaxMinor += separate.taxMinor;
      steps.push(
        step('tax.explain.equitySeparate', {
          amountMinor: split.separateMinor,
          bracket: separate.bracketIndex + 1,
          rateBp: separate.rateBp,
          quickDeductionMinor: separate.quickDeductionMinor,
          taxMinor: separate.taxMinor,
        }),
      );
    }
    if (split.deferredMinor > 0) {
      const deferredTax = split.deferredTaxMinor;
      equityTaxMinor += deferredTax;
      steps.push(step('tax.explain.equityDeferred', { amountMinor: split.deferredMinor, rateBp: 2_000, taxMinor: deferredTax }));
    }
    const taxMinor = comprehensive.taxMinor + bonusTaxMinor + equityTaxMinor;
    if (equityTaxMinor > 0) {
      steps.push(step('tax.explain.totalTaxWithEquity', { comprehensiveTaxMinor: comprehensive.taxMinor, bonusTaxMinor, equityTaxMinor, taxMinor }));
    } else {
      steps.push(step('tax.explain.totalTax', { comprehensiveTaxMinor: comprehensive.taxMinor, bonusTaxMinor, taxMinor }));
    }
    return {
      bonusTreatment,
      allowanceTreatment,
      taxMinor,
      takeHomeMinor: grossMinor - taxMinor - contributionsMinor,
      taxableIncomeMinor,
      marginalRateBp: comprehensive.rateBp,
      steps,
    };
  };

  const evaluations = bonusChoices.flatMap((b) => allowanceChoices.map((a) => evaluate(b, a)));
  // Ties keep the first candidate: combined before separate, deductions before exempt, the options that
  // need no extra paperwork.
  const lowestTax = (candidates: readonly OptionEvaluation[]): OptionEvaluation =>
    candidates.reduce((best, e) => (e.taxMinor < best.taxMinor ? e : best));
  const suggested = lowestTax(evaluations);

  const notices: TaxMessageKey[] = [];
  if (ruleSet.basis === 'assumed-unchanged') notices.push('tax.notice.assumedRules');
  if (equity.asWagesMinor > 0) notices.push(EQUITY_AS_WAGES_KEY);
  notices.push(...equity.notices);
  if (hasBonus && !timing.isSeparateBonusAvailable) notices.push('tax.notice.separateBonusUnavailable');
  if (settings.isForeignNational && !timing.isExemptionInForce) notices.push('tax.notice.exemptionUnavailable');
  if (isExemptionOffered && exemptibleMinor < input.reimbursedAllowancesMinor) notices.push('tax.notice.exemptionPartial');

  // With no bonus there is nothing to treat, so a bonus preference is moot rather than "unavailable".
  const wantedBonus = settings.bonusTreatment === 'auto' || !hasBonus ? null : settings.bonusTreatment;
  const wantedAllowance = settings.exemptionPreference === 'auto' ? null : settings.exemptionPreference;
  const honoured = evaluations.filter(
    (e) => (wantedBonus === null || e.bonusTreatment === wantedBonus) && (wantedAllowance === null || e.allowanceTreatment === wantedAllowance),
  );
  // A preference the year does not allow (separate after 2027, exempt for a Chinese national) falls back to
  // the best option that is allowed, and says so.
  if (honoured.length === 0) notices.push('tax.notice.preferenceUnavailable');
  const chosen = honoured.length > 0 ? lowestTax(honoured) : suggested;
  if (chosen.taxMinor > suggested.taxMinor) notices.push('tax.notice.preferenceCostsMore');

  const trap = hasBonus && timing.isSeparateBonusAvailable ? findBonusTrap(ruleSet.monthlyTable, input.annualBonusMinor) : null;

  const explanation: ExplanationStep[] = [
    step('tax.explain.rules', { ruleSetId: ruleSet.id, taxYear: input.taxYear, basis: ruleSet.basis, reviewedOn: ruleSet.reviewedOn }),
    step('tax.explain.gross', {
      wagesMinor: input.wagesMinor,
      bonusMinor: input.annualBonusMinor,
      equityMinor: input.equityVestedMinor,
      reimbursedAllowancesMinor: input.reimbursedAllowancesMinor,
      grossMinor,
    }),
    ...chosen.steps,
    step('tax.explain.takeHome', { grossMinor, taxMinor: chosen.taxMinor, contributionsMinor, takeHomeMinor: chosen.takeHomeMinor }),
  ];
  if (bonusChoices.length > 1) {
    const taxOf = (b: BonusTreatment): number => lowestTax(evaluations.filter((e) => e.bonusTreatment === b && e.allowanceTreatment === chosen.allowanceTreatment)).taxMinor;
    explanation.push(
      step('tax.explain.bonusChoice', {
        chosen: chosen.bonusTreatment,
        suggested: suggested.bonusTreatment,
        separateTaxMinor: taxOf('separate'),
        combinedTaxMinor: taxOf('combined'),
      }),
    );
  }
  if (allowanceChoices.length > 1) {
    const taxOf = (a: AllowanceTreatment): number => lowestTax(evaluations.filter((e) => e.allowanceTreatment === a && e.bonusTreatment === chosen.bonusTreatment)).taxMinor;
    explanation.push(
      step('tax.explain.exemptionChoice', {
        chosen: chosen.allowanceTreatment,
        suggested: suggested.allowanceTreatment,
        exemptTaxMinor: taxOf('exempt'),
        deductionsTaxMinor: taxOf('deductions'),
        allowancesMinor: exemptibleMinor,
        specialDeductionsMinor: special.totalMinor,
      }),
    );
  }
  if (input.equityVestedMinor > 0) {
    // Both ways, with the other options as chosen: all equity as wages, and what vests by 2027-12-31 taxed
    // separately (the rest stays wages whatever the plan).
    const qualifyingMinor = equityQualifyingMinor(input);
    const asWages = evaluate(chosen.bonusTreatment, chosen.allowanceTreatment, { ...equity, asWagesMinor: input.equityVestedMinor, separateMinor: 0, deferredMinor: 0, deferredTaxMinor: 0 });
    const separately = evaluate(chosen.bonusTreatment, chosen.allowanceTreatment, { ...equity, asWagesMinor: input.equityVestedMinor - qualifyingMinor, separateMinor: qualifyingMinor, deferredMinor: 0, deferredTaxMinor: 0 });
    explanation.push(equityChoiceStep(input.equityVestedMinor, qualifyingMinor, asWages.taxMinor, separately.taxMinor, chosen.taxMinor));
  }
  if (trap) explanation.push(trap.step);

  return {
    model: 'china-resident',
    taxYear: input.taxYear,
    ruleSetId: ruleSet.id,
    ruleBasis: ruleSet.basis,
    grossMinor,
    contributionsMinor,
    taxableIncomeMinor: chosen.taxableIncomeMinor,
    taxMinor: chosen.taxMinor,
    takeHomeMinor: chosen.takeHomeMinor,
    marginalRateBp: chosen.marginalRateBp,
    bonusTreatment: hasBonus ? chosen.bonusTreatment : null,
    allowanceTreatment: settings.isForeignNational ? chosen.allowanceTreatment : 'deductions',
    suggested: {
      bonusTreatment: hasBonus ? suggested.bonusTreatment : null,
      allowanceTreatment: settings.isForeignNational ? suggested.allowanceTreatment : 'deductions',
    },
    isSeparateBonusAvailable: timing.isSeparateBonusAvailable,
    isAllowanceExemptionAvailable: isExemptionOffered,
    options: evaluations.map(({ bonusTreatment, allowanceTreatment, taxMinor, takeHomeMinor }) => ({
      bonusTreatment,
      allowanceTreatment,
      taxMinor,
      takeHomeMinor,
    })),
    bonusTrap: trap,
    notices,
    explanation,
  };
}
