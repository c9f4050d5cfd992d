import { applyBp, mulDivRound } from '../../money';
import type { RuleBasis } from '../china-rules';
import { step, type ExplanationStep } from '../explanation';
import { taxOnSchedule, type MarginalSchedule } from '../marginal-table';
import type { TaxMessageKey } from '../messages';
import type { SupportedUsFilingStatus } from '../us/us-rules';
import {
  CALIFORNIA,
  CALIFORNIA_SDI,
  MASSACHUSETTS,
  NEW_YORK,
  NEW_YORK_CITY,
  NYC_RATE_SCALE,
  STATE_SOURCES,
  WA_CARES,
  byYear,
  type UsState,
} from './state-rules';

export interface StateInput {
  readonly taxYear: number;
  readonly state: UsState;
  readonly isNewYorkCity: boolean;
  readonly filingStatus: SupportedUsFilingStatus;
  /** All the household's wages (both spouses on a joint return). */
  readonly wagesMinor: number;
  /** Wages less pre-tax 401(k) deferrals (federal AGI for wage earners). */
  readonly agiMinor: number;
  /** Wages subject to WA Cares: the household's, less the person's own when they hold an exemption. */
  readonly waCaresWagesMinor: number;
  /** Any state without its own rules: the person's flat rate on AGI; null when not entered. */
  readonly flatRateBp: number | null;
}

export interface StateResult {
  /** State and city income tax. */
  readonly incomeTaxMinor: number;
  /** SDI, WA Cares: withheld from pay, like FICA. */
  readonly payrollMinor: number;
  /** What counts as state and local tax for the federal itemized deduction: income tax plus SDI. */
  readonly saltMinor: number;
  readonly marginalRateBp: number;
  readonly basis: RuleBasis;
  readonly steps: readonly ExplanationStep[];
  readonly notices: readonly TaxMessageKey[];
}

export type StateOutcome = { readonly ok: true; readonly value: StateResult } | { readonly ok: false; readonly reason: 'no-rule' | 'no-flat-rate' };

function sourceStep(rule: string, taxYear: number, basis: RuleBasis, source: string, usedYear: number): ExplanationStep {
  return step('tax.explain.us.ruleSource', { rule, taxYear, usedYear, basis, source });
}

function slicesSteps(labelKey: TaxMessageKey, schedule: MarginalSchedule, amountMinor: number): { taxMinor: number; marginalRateBp: number; steps: ExplanationStep[] } {
  const result = taxOnSchedule(schedule, amountMinor);
  const steps = result.slices.map((slice) => step(labelKey, { fromMinor: slice.fromMinor, toMinor: slice.toMinor, rateBp: slice.rateBp, taxMinor: slice.taxMinor }));
  return { taxMinor: result.taxMinor, marginalRateBp: result.marginalRateBp, steps };
}

function california(input: StateInput): StateOutcome {
  const rules = byYear(CALIFORNIA, input.taxYear);
  const sdi = byYear(CALIFORNIA_SDI, input.taxYear);
  if (!rules || !sdi) return { ok: false, reason: 'no-rule' };
  const r = rules.value;
  const status = input.filingStatus;
  const steps: ExplanationStep[] = [sourceStep('ca', input.taxYear, rules.basis, STATE_SOURCES.CA, rules.taxYear)];
  const notices: TaxMessageKey[] = [];
  if (rules.basis === 'assumed-unchanged') notices.push('tax.notice.us.caAssumed');
  const deduction = r.standardDeductionMinor[status];
  const taxableMinor = Math.max(0, input.agiMinor - deduction);
  steps.push(step('tax.explain.us.caTaxable', { agiMinor: input.agiMinor, deductionMinor: deduction, taxableMinor }));
  const scheduleTax = slicesSteps('tax.explain.us.caSlice', r.brackets[status], taxableMinor);
  steps.push(...scheduleTax.steps);
  // Each exemption credit (two on a joint return) loses 6 per 2,500 of AGI, or part of 2,500, above the start.
  const credits = status === 'married-joint' ? 2 : 1;
  const over = Math.max(0, input.agiMinor - r.phaseOutStartMinor[status]);
  const increments = Math.ceil(over / r.phaseOutIncrementMinor);
  const perCredit = Math.max(0, r.exemptionCreditMinor - increments * r.phaseOutStepMinor);
  const creditMinor = Math.min(scheduleTax.taxMinor, credits * perCredit);
  steps.push(
    step('tax.explain.us.caExemptionCredit', { credits, fullMinor: r.exemptionCreditMinor, startMinor: r.phaseOutStartMinor[status], increments, creditMinor }),
  );
  if (status === 'married-joint' && over > 0) notices.push('tax.notice.us.caJointPhaseOut');
  const mentalHealthMinor = applyBp(Math.max(0, taxableMinor - r.mentalHealthThresholdMinor), r.mentalHealthRateBp);
  if (mentalHealthMinor > 0) steps.push(step('tax.explain.us.caMentalHealth', { thresholdMinor: r.mentalHealthThresholdMinor, taxMinor: mentalHealthMinor }));
  const incomeTaxMinor = scheduleTax.taxMinor - creditMinor + mentalHealthMinor;
  steps.push(step('tax.explain.us.stateIncomeTax', { state: 'CA', taxMinor: incomeTaxMinor }));
  const sdiMinor = applyBp(input.wagesMinor, sdi.value);
  steps.push(sourceStep('caSdi', input.taxYear, sdi.basis, STATE_SOURCES.CA_SDI, sdi.taxYear));
  steps.push(step('tax.explain.us.caSdi', { wagesMinor: input.wagesMinor, rateBp: sdi.value, amountMinor: sdiMinor }));
  const basis: RuleBasis = rules.basis === 'enacted' && sdi.basis === 'enacted' ? 'enacted' : 'assumed-unchanged';
  const marginalRateBp = scheduleTax.marginalRateBp + (taxableMinor > r.mentalHealthThresholdMinor ? r.mentalHealthRateBp : 0);
  return { ok: true, value: { incomeTaxMinor, payrollMinor: sdiMinor, saltMinor: incomeTaxMinor + sdiMinor, marginalRateBp, basis, steps, notices } };
}

/** NY schedule tax plus the supplemental tax that recaptures the lower brackets' benefit (IT-201-I worksheets). */
function newYorkTax(schedule: MarginalSchedule, taxableMinor: number, agiMinor: number, rules: (typeof NEW_YORK)[number]['value']): { taxMinor: number; recaptureMinor: number; marginalRateBp: number } {
  const main = taxOnSchedule(schedule, taxableMinor);
  if (agiMinor <= rules.recaptureMinAgiMinor) return { taxMinor: main.taxMinor, recaptureMinor: 0, marginalRateBp: main.marginalRateBp };
  const top = schedule[schedule.length - 1];
  if (top && agiMinor > rules.flatAboveAgiMinor) {
    const flat = applyBp(taxableMinor, top.rateBp);
    return { taxMinor: flat, recaptureMinor: flat - main.taxMinor, marginalRateBp: top.rateBp };
  }
  const index = schedule.reduce((found, bracket, i) => (taxableMinor >= bracket.overMinor ? i : found), 0);
  if (index < rules.firstRecaptureBracket) return { taxMinor: main.taxMinor, recaptureMinor: 0, marginalRateBp: main.marginalRateBp };
  // Benefit of the brackets below bracket i against bracket i's rate, in whole dollars as the worksheets print it.
  const benefit = (i: number): number => {
    const bracket = schedule[i];
    if (!bracket || i < rules.firstRecaptureBracket) return 0;
    const exact = applyBp(bracket.overMinor, bracket.rateBp) - taxOnSchedule(schedule, bracket.overMinor).taxMinor;
    return mulDivRound(exact, 1, 100) * 100;
  };
  const recaptureBase = benefit(index - 1);
  const incremental = benefit(index) - recaptureBase;
  const lowerEdge = schedule[index]?.overMinor ?? 0;
  const applicable = Math.max(0, agiMinor - Math.max(lowerEdge, rules.recaptureMinAgiMinor));
  const phased = mulDivRound(incremental, Math.min(applicable, rules.recapturePhaseInMinor), rules.recapturePhaseInMinor);
  const recaptureMinor = recaptureBase + phased;
  return { taxMinor: main.taxMinor + recaptureMinor, recaptureMinor, marginalRateBp: main.marginalRateBp };
}

function newYork(input: StateInput): StateOutcome {
  const rules = byYear(NEW_YORK, input.taxYear);
  if (!rules) return { ok: false, reason: 'no-rule' };
  const r = rules.value;
  const status = input.filingStatus;
  const steps: ExplanationStep[] = [sourceStep('ny', input.taxYear, rules.basis, STATE_SOURCES.NY, rules.taxYear)];
  const notices: TaxMessageKey[] = [];
  if (rules.basis === 'assumed-unchanged') notices.push('tax.notice.us.nyAssumed');
  const deduction = r.standardDeductionMinor[status];
  const taxableMinor = Math.max(0, input.agiMinor - deduction);
  steps.push(step('tax.explain.us.nyTaxable', { agiMinor: input.agiMinor, deductionMinor: deduction, taxableMinor }));
  const ny = newYorkTax(r.brackets[status], taxableMinor, input.agiMinor, r);
  steps.push(step('tax.explain.us.nyTax', { scheduleTaxMinor: ny.taxMinor - ny.recaptureMinor, recaptureMinor: ny.recaptureMinor, taxMinor: ny.taxMinor }));
  let incomeTaxMinor = ny.taxMinor;
  let marginalRateBp = ny.marginalRateBp;
  let basis = rules.basis;
  if (input.isNewYorkCity) {
    const city = byYear(NEW_YORK_CITY, input.taxYear);
    if (!city) return { ok: false, reason: 'no-rule' };
    const c = city.value;
    // 2027 and later: the higher NYC rates may lapse (reference: uncertain); shown as assumed unchanged.
    const cityBasis: RuleBasis = input.taxYear <= 2026 ? 'enacted' : 'assumed-unchanged';
    if (cityBasis === 'assumed-unchanged') notices.push('tax.notice.us.nycAssumed');
    steps.push(sourceStep('nyc', input.taxYear, cityBasis, STATE_SOURCES.NYC, Math.min(input.taxYear, 2026)));
    const brackets = c.brackets[status];
    let exact = 0n;
    let cityMarginal = 0;
    brackets.forEach((bracket, i) => {
      const next = brackets[i + 1];
      const top = next ? Math.min(taxableMinor, next.overMinor) : taxableMinor;
      if (top <= bracket.overMinor) return;
      cityMarginal = bracket.rate;
      exact += BigInt(top - bracket.overMinor) * BigInt(bracket.rate);
    });
    const cityTaxMinor = mulDivRound(exact, 1, NYC_RATE_SCALE);
    let creditMinor = 0;
    if (taxableMinor <= c.schoolLimitMinor) {
      const first = Math.min(taxableMinor, c.schoolFirstBandMinor[status]);
      creditMinor = mulDivRound(BigInt(first) * BigInt(c.schoolFirstRate) + BigInt(taxableMinor - first) * BigInt(c.schoolRestRate), 1, NYC_RATE_SCALE);
    }
    const cityNetMinor = cityTaxMinor - creditMinor;
    steps.push(step('tax.explain.us.nycTax', { taxableMinor, cityTaxMinor, creditMinor, taxMinor: cityNetMinor }));
    incomeTaxMinor += cityNetMinor;
    marginalRateBp += Math.round(cityMarginal / 10);
    if (cityBasis === 'assumed-unchanged') basis = 'assumed-unchanged';
  }
  steps.push(step('tax.explain.us.stateIncomeTax', { state: input.isNewYorkCity ? 'NY + NYC' : 'NY', taxMinor: incomeTaxMinor }));
  notices.push('tax.notice.us.nyPayrollOmitted');
  return { ok: true, value: { incomeTaxMinor, payrollMinor: 0, saltMinor: incomeTaxMinor, marginalRateBp, basis, steps, notices } };
}

function massachusetts(input: StateInput): StateOutcome {
  const rules = byYear(MASSACHUSETTS, input.taxYear);
  if (!rules) return { ok: false, reason: 'no-rule' };
  const r = rules.value;
  const steps: ExplanationStep[] = [sourceStep('ma', input.taxYear, rules.basis, STATE_SOURCES.MA, rules.taxYear)];
  const notices: TaxMessageKey[] = rules.basis === 'assumed-unchanged' ? ['tax.notice.us.maAssumed'] : [];
  // Massachusetts does not exclude 401(k) deferrals: Part B income is the wages.
  const exemption = r.personalExemptionMinor[input.filingStatus];
  const taxableMinor = Math.max(0, input.wagesMinor - exemption);
  const baseTax = applyBp(taxableMinor, r.rateBp);
  const surtax = applyBp(Math.max(0, taxableMinor - r.surtaxThresholdMinor), r.surtaxRateBp);
  steps.push(step('tax.explain.us.maTax', { wagesMinor: input.wagesMinor, exemptionMinor: exemption, taxableMinor, rateBp: r.rateBp, baseTaxMinor: baseTax, thresholdMinor: r.surtaxThresholdMinor, surtaxMinor: surtax }));
  const incomeTaxMinor = baseTax + surtax;
  steps.push(step('tax.explain.us.stateIncomeTax', { state: 'MA', taxMinor: incomeTaxMinor }));
  const marginalRateBp = r.rateBp + (taxableMinor > r.surtaxThresholdMinor ? r.surtaxRateBp : 0);
  return { ok: true, value: { incomeTaxMinor, payrollMinor: 0, saltMinor: incomeTaxMinor, marginalRateBp, basis: rules.basis, steps, notices } };
}

function washington(input: StateInput): StateOutcome {
  const cares = byYear(WA_CARES, input.taxYear);
  if (!cares) return { ok: false, reason: 'no-rule' };
  const amountMinor = applyBp(input.waCaresWagesMinor, cares.value);
  const steps = [
    sourceStep('wa', input.taxYear, cares.basis, STATE_SOURCES.WA, cares.taxYear),
    step('tax.explain.us.noStateIncomeTax', { state: 'WA' }),
    step('tax.explain.us.waCares', { wagesMinor: input.waCaresWagesMinor, rateBp: cares.value, amountMinor }),
  ];
  const notices: TaxMessageKey[] = ['tax.notice.us.waPfmlOmitted'];
  if (cares.basis === 'assumed-unchanged') notices.push('tax.notice.us.waAssumed');
  return { ok: true, value: { incomeTaxMinor: 0, payrollMinor: amountMinor, saltMinor: 0, marginalRateBp: 0, basis: cares.basis, steps, notices } };
}

function texas(input: StateInput): StateOutcome {
  const steps = [sourceStep('tx', input.taxYear, 'enacted', STATE_SOURCES.TX, input.taxYear), step('tax.explain.us.noStateIncomeTax', { state: 'TX' })];
  return { ok: true, value: { incomeTaxMinor: 0, payrollMinor: 0, saltMinor: 0, marginalRateBp: 0, basis: 'enacted', steps, notices: [] } };
}

function flatRate(input: StateInput): StateOutcome {
  if (input.flatRateBp === null) return { ok: false, reason: 'no-flat-rate' };
  const taxMinor = applyBp(input.agiMinor, input.flatRateBp);
  const steps = [step('tax.explain.us.stateFlat', { state: input.state, agiMinor: input.agiMinor, rateBp: input.flatRateBp, taxMinor })];
  return { ok: true, value: { incomeTaxMinor: taxMinor, payrollMinor: 0, saltMinor: taxMinor, marginalRateBp: input.flatRateBp, basis: 'enacted', steps, notices: ['tax.notice.us.stateFlatRate'] } };
}

/** State (and New York City) tax on wages for one year. */
export function computeStateTax(input: StateInput): StateOutcome {
  switch (input.state) {
    case 'CA':
      return california(input);
    case 'NY':
      return newYork(input);
    case 'MA':
      return massachusetts(input);
    case 'WA':
      return washington(input);
    case 'TX':
      return texas(input);
    default:
      return flatRate(input);
  }
}

/** California tax alone, for a person abroad who keeps a California domicile (worldwide income, no FEIE). */
export function californiaResidentTax(taxYear: number, filingStatus: SupportedUsFilingStatus, wagesMinor: number): StateOutcome {
  return california({ taxYear, state: 'CA', isNewYorkCity: false, filingStatus, wagesMinor, agiMinor: wagesMinor, waCaresWagesMinor: 0, flatRateBp: null });
}
