import type { RuleBasis } from '../china-rules';
import { step, type ExplanationStep } from '../explanation';
import type { TaxMessageKey } from '../messages';
import { computeStateTax, type StateResult } from '../us-states/compute-state';
import type { UsState } from '../us-states/state-rules';
import { chooseDeduction, federalIncomeTax, payrollTax, type DeductionChoice, type FederalIncomeTax, type PayrollTax } from './us-federal';
import { US_SOURCES, type SupportedUsFilingStatus, type UsFederalRules } from './us-rules';

export interface UsEarner {
  readonly wagesMinor: number;
  readonly pretax401kMinor: number;
  /** Holds an approved WA Cares exemption (for example on an H-1B). */
  readonly isWaCaresExempt: boolean;
}

export interface UsHouseholdInput {
  readonly rules: UsFederalRules;
  readonly status: SupportedUsFilingStatus;
  readonly state: UsState;
  readonly isNewYorkCity: boolean;
  readonly stateFlatRateBp: number | null;
  /** The person first, then the spouse on a joint return. */
  readonly earners: readonly UsEarner[];
  readonly otherItemizedMinor: number;
  /** Ignore itemizing (to show the standard-deduction figure next to the chosen one). */
  readonly forceStandard?: boolean;
}

export interface UsHouseholdResult {
  readonly wagesMinor: number;
  readonly agiMinor: number;
  readonly deduction: DeductionChoice;
  readonly federal: FederalIncomeTax;
  /** Federal tax had the standard deduction been taken: the figure itemizing is compared with. */
  readonly federalStandardTaxMinor: number;
  readonly payroll: PayrollTax;
  readonly state: StateResult;
  /** Federal, state and city income tax. */
  readonly incomeTaxMinor: number;
  /** FICA plus SDI / WA Cares. */
  readonly contributionsMinor: number;
  readonly totalMinor: number;
  readonly marginalRateBp: number;
  readonly basis: RuleBasis;
  readonly steps: readonly ExplanationStep[];
  readonly notices: readonly TaxMessageKey[];
}

export type UsHouseholdOutcome = { readonly ok: true; readonly value: UsHouseholdResult } | { readonly ok: false; readonly reason: 'no-rule' | 'no-flat-rate' };

/**
 * One household's US taxes on wages for one year: state first (it does not depend on the federal figure),
 * then the federal deduction (the larger of standard and capped SALT plus other itemized), federal brackets,
 * and FICA per earner.
 */
export function computeUsHousehold(input: UsHouseholdInput): UsHouseholdOutcome {
  const { rules, status } = input;
  const wagesMinor = input.earners.reduce((sum, e) => sum + e.wagesMinor, 0);
  const deferralsMinor = input.earners.reduce((sum, e) => sum + Math.min(e.pretax401kMinor, e.wagesMinor), 0);
  const agiMinor = wagesMinor - deferralsMinor;
  const waCaresWagesMinor = input.earners.reduce((sum, e) => sum + (e.isWaCaresExempt ? 0 : e.wagesMinor), 0);

  const stateOutcome = computeStateTax({
    taxYear: rules.taxYear,
    state: input.state,
    isNewYorkCity: input.isNewYorkCity,
    filingStatus: status,
    wagesMinor,
    agiMinor,
    waCaresWagesMinor,
    flatRateBp: input.stateFlatRateBp,
  });
  if (!stateOutcome.ok) return stateOutcome;
  const state = stateOutcome.value;

  const deduction = chooseDeduction(rules, status, agiMinor, state.saltMinor, input.otherItemizedMinor, input.forceStandard);
  const federal = federalIncomeTax(rules, status, agiMinor - deduction.deductionMinor);
  const federalStandardTaxMinor =
    deduction.kind === 'standard' ? federal.taxMinor : federalIncomeTax(rules, status, agiMinor - deduction.standardMinor).taxMinor;
  const payroll = payrollTax(rules, status, input.earners.map((e) => e.wagesMinor));

  const steps: ExplanationStep[] = [
    step('tax.explain.us.ruleSource', { rule: 'federal', taxYear: rules.taxYear, usedYear: rules.basis === 'enacted' ? rules.taxYear : 2026, basis: rules.basis, source: US_SOURCES.brackets }),
    step('tax.explain.us.agi', { wagesMinor, deferralsMinor, agiMinor }),
    ...state.steps,
    step('tax.explain.us.deduction', {
      chosen: deduction.kind,
      standardMinor: deduction.standardMinor,
      saltPaidMinor: deduction.saltPaidMinor,
      saltCapMinor: deduction.saltCapMinor,
      itemizedMinor: deduction.itemizedMinor,
      deductionMinor: deduction.deductionMinor,
      isCapped: deduction.saltPaidMinor > deduction.saltCapMinor,
    }),
    ...federal.steps,
  ];
  if (deduction.kind === 'itemized') {
    steps.push(step('tax.explain.us.itemizingSaves', { standardTaxMinor: federalStandardTaxMinor, itemizedTaxMinor: federal.taxMinor, savingMinor: federalStandardTaxMinor - federal.taxMinor }));
  }
  steps.push(step('tax.explain.us.ruleSource', { rule: 'fica', taxYear: rules.taxYear, usedYear: rules.basis === 'enacted' ? rules.taxYear : 2026, basis: rules.basis, source: US_SOURCES.socialSecurity }));
  steps.push(...payroll.steps);

  const incomeTaxMinor = federal.taxMinor + state.incomeTaxMinor;
  const contributionsMinor = payroll.totalMinor + state.payrollMinor;
  const notices: TaxMessageKey[] = [...state.notices];
  if (rules.basis === 'assumed-unchanged') notices.unshift('tax.notice.us.federalAssumed');
  const basis: RuleBasis = rules.basis === 'enacted' && state.basis === 'enacted' ? 'enacted' : 'assumed-unchanged';
  return {
    ok: true,
    value: {
      wagesMinor,
      agiMinor,
      deduction,
      federal,
      federalStandardTaxMinor,
      payroll,
      state,
      incomeTaxMinor,
      contributionsMinor,
      totalMinor: incomeTaxMinor + contributionsMinor,
      marginalRateBp: federal.marginalRateBp + state.marginalRateBp + payroll.marginalRateBp,
      basis,
      steps,
      notices,
    },
  };
}
