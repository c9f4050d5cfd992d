import { applyBp } from '../../money';
import { computeEffectiveRate } from '../effective-rate';
import { step, type ExplanationStep } from '../explanation';
import type { TaxMessageKey } from '../messages';
import type { TaxSettings } from '../schema';
import { NO_CHINA_CHOICES, type ResolvedTaxYearInput, type TaxComputation, type TaxResult } from '../tax-result';
import { isModelledState } from '../us-states/state-rules';
import { computeUsHousehold, type UsHouseholdResult } from './us-household';
import { findUsFederalRules, isSupportedFilingStatus, US_SOURCES } from './us-rules';
import { UsSettingsSchema } from './us-schema';

/** Supplemental wages (bonus, RSU vests) are withheld at 22%, and at 37% above USD 1M in a year. */
const SUPPLEMENTAL_RATE_BP = 2_200;
const SUPPLEMENTAL_TOP_RATE_BP = 3_700;
const SUPPLEMENTAL_TOP_FROM_MINOR = 100_000_000;

function fallback(input: ResolvedTaxYearInput, rateBp: number, notice: TaxMessageKey, named: string): TaxComputation {
  const base = computeEffectiveRate(input, rateBp);
  return {
    ...base,
    notices: [notice, ...base.notices],
    explanation: [step('tax.explain.us.fallback', { named, rateBp }), ...base.explanation],
  };
}

/**
 * United States, resident: the whole year's pay (base, bonus, RSU vests, allowances) is wages. With a spouse
 * on a joint return, the offer's tax is what the household owes minus what it would owe on the spouse's wages
 * alone: the tax this job adds, which is what a comparison between jobs needs.
 */
export function computeUs(settings: TaxSettings, input: ResolvedTaxYearInput): TaxResult {
  const us = UsSettingsSchema.parse(settings.us ?? {});
  if (!isSupportedFilingStatus(us.filingStatus)) {
    return { ok: true, value: fallback(input, settings.effectiveRateBp, 'tax.notice.us.filingStatusUnsupported', us.filingStatus) };
  }
  if (us.state === null) return { ok: true, value: fallback(input, settings.effectiveRateBp, 'tax.notice.us.stateNotChosen', '') };
  if (!isModelledState(us.state) && us.stateFlatRateBp === null) {
    return { ok: true, value: fallback(input, settings.effectiveRateBp, 'tax.notice.us.stateNeedsRate', us.state) };
  }
  const rules = findUsFederalRules(input.taxYear, settings.allowAssumedRules);
  if (!rules) return { ok: false, error: { code: 'no-rule-for-year', taxYear: input.taxYear, messageKey: 'tax.error.noRuleForYear' } };

  const grossMinor = input.wagesMinor + input.annualBonusMinor + input.equityVestedMinor + input.reimbursedAllowancesMinor;
  const status = us.filingStatus;
  const isJoint = status === 'married-joint';
  const person = { wagesMinor: grossMinor, pretax401kMinor: Math.min(us.pretax401kMinor, grossMinor), isWaCaresExempt: us.isWaCaresExempt };
  const spouse = { wagesMinor: us.spouseWagesMinor, pretax401kMinor: Math.min(us.spousePretax401kMinor, us.spouseWagesMinor), isWaCaresExempt: false };
  const common = { rules, status, state: us.state, isNewYorkCity: us.state === 'NY' && us.isNewYorkCity, stateFlatRateBp: us.stateFlatRateBp, otherItemizedMinor: us.otherItemizedMinor };
  const hasSpouse = isJoint && us.spouseWagesMinor > 0;
  const household = computeUsHousehold({ ...common, earners: hasSpouse ? [person, spouse] : [person] });
  if (!household.ok) return { ok: false, error: { code: 'no-rule-for-year', taxYear: input.taxYear, messageKey: 'tax.error.noRuleForYear' } };
  const h = household.value;
  let spouseAlone: UsHouseholdResult | null = null;
  if (hasSpouse) {
    const alone = computeUsHousehold({ ...common, earners: [{ ...person, wagesMinor: 0, pretax401kMinor: 0 }, spouse] });
    if (alone.ok) spouseAlone = alone.value;
  }

  const incomeTaxMinor = h.incomeTaxMinor - (spouseAlone?.incomeTaxMinor ?? 0);
  const contributionsMinor = h.contributionsMinor - (spouseAlone?.contributionsMinor ?? 0);
  // The 401(k) deferral is the person's own saving, not a tax: it stays in take-home.
  const takeHomeMinor = grossMinor - incomeTaxMinor - contributionsMinor;

  const notices: TaxMessageKey[] = [...h.notices];
  const limit = rules.elective401kLimitMinor;
  if (us.pretax401kMinor > limit || us.spousePretax401kMinor > limit) notices.push('tax.notice.us.k401AboveLimit');
  notices.push('tax.notice.us.wagesOnly');

  const explanation: ExplanationStep[] = [
    step('tax.explain.gross', {
      wagesMinor: input.wagesMinor,
      bonusMinor: input.annualBonusMinor,
      equityMinor: input.equityVestedMinor,
      reimbursedAllowancesMinor: input.reimbursedAllowancesMinor,
      grossMinor,
    }),
    step('tax.explain.us.allWages', { grossMinor, filingStatus: status }),
    ...h.steps,
    step('tax.explain.us.householdTotal', { incomeTaxMinor: h.incomeTaxMinor, contributionsMinor: h.contributionsMinor, totalMinor: h.totalMinor }),
  ];
  if (spouseAlone) {
    explanation.push(
      step('tax.explain.us.spouseShare', {
        householdMinor: h.totalMinor,
        spouseAloneMinor: spouseAlone.totalMinor,
        thisJobMinor: incomeTaxMinor + contributionsMinor,
      }),
    );
  }
  const supplementalMinor = input.annualBonusMinor + input.equityVestedMinor;
  if (supplementalMinor > 0) {
    const low = Math.min(supplementalMinor, SUPPLEMENTAL_TOP_FROM_MINOR);
    const withheldMinor = applyBp(low, SUPPLEMENTAL_RATE_BP) + applyBp(supplementalMinor - low, SUPPLEMENTAL_TOP_RATE_BP);
    explanation.push(step('tax.explain.us.supplementalWithholding', { supplementalMinor, withheldMinor, source: US_SOURCES.supplemental }));
  }
  explanation.push(step('tax.explain.us.takeHome', { grossMinor, taxMinor: incomeTaxMinor, contributionsMinor, takeHomeMinor }));

  return {
    ok: true,
    value: {
      model: 'us',
      taxYear: input.taxYear,
      ruleSetId: rules.id,
      ruleBasis: h.basis,
      grossMinor,
      contributionsMinor,
      taxableIncomeMinor: h.federal.taxableMinor,
      taxMinor: incomeTaxMinor,
      takeHomeMinor,
      marginalRateBp: h.federal.marginalRateBp + h.state.marginalRateBp,
      ...NO_CHINA_CHOICES,
      notices,
      explanation,
    },
  };
}
