import { mulDivRound } from '../../money';
import { step, type ExplanationStep } from '../explanation';
import type { TaxMessageKey } from '../messages';
import { californiaResidentTax } from '../us-states/compute-state';
import { federalIncomeTax, payrollTax } from '../us/us-federal';
import { US_SOURCES, type SupportedUsFilingStatus, type UsFederalRules } from '../us/us-rules';
import type { UsAbroadRoute, UsAbroadSettings } from '../us/us-schema';

/**
 * What the US still takes from a citizen or green-card holder paid abroad, for one year, in USD cents.
 * - FEIE (26 USC 911): up to the year's maximum of foreign wages excluded; the rest is taxed at the rates it
 *   would bear on top of the excluded amount (the stacking rule of §911(f)): tax(taxable + excluded) -
 *   tax(excluded). Foreign tax on the excluded share cannot be credited (§911(d)(6)); the rest may be.
 * - FTC only (Form 1116, general category): US tax on all the wages, less the foreign tax up to the limit
 *   US tax x foreign taxable / worldwide taxable (all of it here: only foreign wages). Unused foreign tax
 *   carries back 1 year and forward 10.
 * Both use the standard deduction (a person abroad has no state tax to itemize, in this model). No FICA on a
 * foreign employer's wages unless the employer is American or a §3121(l) agreement covers it.
 */
export interface AbroadRouteResult {
  readonly route: 'feie' | 'ftc';
  readonly isAvailable: boolean;
  readonly excludedMinor: number;
  readonly taxableMinor: number;
  readonly taxBeforeCreditMinor: number;
  readonly creditableMinor: number;
  readonly creditMinor: number;
  readonly usTaxMinor: number;
  /** Foreign tax left unused this year, which carries over (1 year back, 10 forward). */
  readonly carryoverMinor: number;
}

export interface UsAbroadResult {
  readonly routes: { readonly feie: AbroadRouteResult; readonly ftc: AbroadRouteResult };
  readonly chosen: 'feie' | 'ftc';
  readonly suggested: 'feie' | 'ftc';
  readonly usIncomeTaxMinor: number;
  readonly ficaMinor: number;
  readonly californiaMinor: number;
  /** US income tax + FICA + California: what the US side takes in the year. */
  readonly totalMinor: number;
  readonly carryoverMinor: number;
  readonly steps: readonly ExplanationStep[];
  readonly notices: readonly TaxMessageKey[];
}

export interface UsAbroadInput {
  readonly rules: UsFederalRules;
  readonly settings: UsAbroadSettings;
  readonly foreignWagesMinor: number;
  /** Foreign income tax on those wages (China IIT, Hong Kong salaries tax...), not social insurance. */
  readonly foreignTaxMinor: number;
}

function credit(taxMinor: number, creditableMinor: number, carryoverInMinor: number): { creditMinor: number; carryoverMinor: number } {
  // All taxable income is foreign-source, so the limit is the whole US tax.
  const available = creditableMinor + carryoverInMinor;
  const creditMinor = Math.min(available, taxMinor);
  return { creditMinor, carryoverMinor: available - creditMinor };
}

export function computeUsAbroad(input: UsAbroadInput): UsAbroadResult {
  const { rules, settings } = input;
  const status: SupportedUsFilingStatus = settings.filingStatus;
  const wages = Math.max(0, input.foreignWagesMinor);
  const foreignTax = Math.max(0, input.foreignTaxMinor);
  const standard = rules.standardDeductionMinor[status];
  const carryIn = settings.carryoverInMinor;

  // FTC only.
  const ftcTaxable = Math.max(0, wages - standard);
  const ftcTax = federalIncomeTax(rules, status, ftcTaxable).taxMinor;
  const ftcCredit = credit(ftcTax, foreignTax, carryIn);
  const ftc: AbroadRouteResult = {
    route: 'ftc',
    isAvailable: true,
    excludedMinor: 0,
    taxableMinor: ftcTaxable,
    taxBeforeCreditMinor: ftcTax,
    creditableMinor: foreignTax,
    creditMinor: ftcCredit.creditMinor,
    usTaxMinor: ftcTax - ftcCredit.creditMinor,
    carryoverMinor: ftcCredit.carryoverMinor,
  };

  // FEIE with the stacking rule, and the credit for the foreign tax on what is not excluded.
  const excluded = settings.meetsPresenceTest ? Math.min(wages, rules.feieMaxMinor) : 0;
  const feieTaxable = Math.max(0, wages - excluded - standard);
  const stackedTax =
    feieTaxable === 0 ? 0 : federalIncomeTax(rules, status, feieTaxable + excluded).taxMinor - federalIncomeTax(rules, status, excluded).taxMinor;
  const disallowed = wages === 0 ? 0 : mulDivRound(foreignTax, excluded, wages);
  const feieCreditable = foreignTax - disallowed;
  const feieCredit = credit(stackedTax, feieCreditable, carryIn);
  const feie: AbroadRouteResult = {
    route: 'feie',
    isAvailable: settings.meetsPresenceTest,
    excludedMinor: excluded,
    taxableMinor: feieTaxable,
    taxBeforeCreditMinor: stackedTax,
    creditableMinor: feieCreditable,
    creditMinor: feieCredit.creditMinor,
    usTaxMinor: stackedTax - feieCredit.creditMinor,
    carryoverMinor: feieCredit.carryoverMinor,
  };

  // The lower US tax; on a tie the credit, which keeps the larger carryover and avoids the FEIE's
  // five-year bar on electing it again after a revocation.
  const suggested: 'feie' | 'ftc' = feie.isAvailable && feie.usTaxMinor < ftc.usTaxMinor ? 'feie' : 'ftc';
  const wanted: UsAbroadRoute = settings.route;
  const chosen: 'feie' | 'ftc' = wanted === 'feie' && feie.isAvailable ? 'feie' : wanted === 'ftc' ? 'ftc' : suggested;
  const route = chosen === 'feie' ? feie : ftc;

  const notices: TaxMessageKey[] = ['tax.notice.usAbroad.applies'];
  if (wanted === 'feie' && !feie.isAvailable) notices.push('tax.notice.usAbroad.feieNeedsPresence');
  if (rules.basis === 'assumed-unchanged') notices.push('tax.notice.usAbroad.assumed');
  notices.push('tax.notice.usAbroad.housingOmitted');

  const steps: ExplanationStep[] = [
    step('tax.explain.us.ruleSource', { rule: 'usAbroad', taxYear: rules.taxYear, usedYear: rules.basis === 'enacted' ? rules.taxYear : 2026, basis: rules.basis, source: `${US_SOURCES.feie}; ${US_SOURCES.ftc}` }),
    step('tax.explain.usAbroad.wages', { wagesMinor: wages, foreignTaxMinor: foreignTax, carryoverInMinor: carryIn }),
    step('tax.explain.usAbroad.feie', {
      excludedMinor: excluded,
      maxMinor: rules.feieMaxMinor,
      taxableMinor: feieTaxable,
      stackedTaxMinor: stackedTax,
      disallowedMinor: disallowed,
      creditMinor: feie.creditMinor,
      usTaxMinor: feie.usTaxMinor,
      carryoverMinor: feie.carryoverMinor,
      isAvailable: feie.isAvailable,
    }),
    step('tax.explain.usAbroad.ftc', {
      taxableMinor: ftcTaxable,
      taxBeforeCreditMinor: ftcTax,
      creditMinor: ftc.creditMinor,
      usTaxMinor: ftc.usTaxMinor,
      carryoverMinor: ftc.carryoverMinor,
    }),
    step('tax.explain.usAbroad.choice', {
      chosen,
      suggested,
      feieTaxMinor: feie.usTaxMinor,
      ftcTaxMinor: ftc.usTaxMinor,
      reason: suggested === 'feie' ? 'lowerTax' : feie.usTaxMinor === ftc.usTaxMinor ? 'tieKeepsCarryover' : 'lowerTax',
    }),
  ];

  let ficaMinor = 0;
  if (settings.hasAmericanEmployer) {
    const fica = payrollTax(rules, status, [wages]);
    ficaMinor = fica.totalMinor;
    steps.push(...fica.steps);
  } else {
    steps.push(step('tax.explain.usAbroad.noFica'));
  }

  let californiaMinor = 0;
  if (settings.keepsCaliforniaDomicile) {
    const ca = californiaResidentTax(rules.taxYear, status, wages);
    if (ca.ok) {
      californiaMinor = ca.value.incomeTaxMinor;
      steps.push(step('tax.explain.usAbroad.california', { wagesMinor: wages, taxMinor: californiaMinor }));
    }
    notices.push('tax.notice.usAbroad.californiaDomicile');
  } else {
    notices.push('tax.notice.usAbroad.stateDomicileWarning');
  }

  const totalMinor = route.usTaxMinor + ficaMinor + californiaMinor;
  steps.push(step('tax.explain.usAbroad.total', { usTaxMinor: route.usTaxMinor, ficaMinor, californiaMinor, totalMinor, carryoverMinor: route.carryoverMinor }));
  return { routes: { feie, ftc }, chosen, suggested, usIncomeTaxMinor: route.usTaxMinor, ficaMinor, californiaMinor, totalMinor, carryoverMinor: route.carryoverMinor, steps, notices };
}
