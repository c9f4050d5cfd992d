import { convertMinor, type CurrencyCode, type FxRate } from '../money';
import { offerBreakdown, type OfferBreakdown } from '../offers/breakdown';
import type { MissingRate } from '../offers/convert-breakdown';
import { leftAfterLivingCosts } from '../offers/living-costs';
import type { Offer } from '../offers/offer-schema';
import type { CostOfLiving } from '../offers/settings-schema';
import { computeTax } from '../tax/compute-tax';
import type { TaxSettings } from '../tax/schema';
import type { TaxMessageKey } from '../tax/messages';
import type { DatedAmount, TaxComputation, TaxYearInput } from '../tax/tax-result';
import type { UsPersonStatus } from '../tax/us/us-schema';
import { offerIncomeByYear, type OfferYearIncome } from './income-mapping';
import { offerYearPeriods, type OfferYearPeriod } from './tax-year-rule';

/** Figures of one year or of the horizon. takeHome = gross - tax - contributions. */
export interface TakeHomeFigures {
  readonly grossMinor: number;
  readonly taxMinor: number;
  /** Employee social insurance and housing fund (withheld, so they lower take-home too). */
  readonly contributionsMinor: number;
  readonly takeHomeMinor: number;
  /** Take-home less the living costs of the offer's city; null when no living costs are entered (or a rate is missing). */
  readonly leftAfterLivingCostsMinor: number | null;
}

/**
 * The same figures in the home currency, each converted once from the offer-currency figure (like the
 * gross comparison's convertBreakdown), so a total matches a hand conversion of the total; a converted row
 * may therefore differ from its own converted parts by a cent. A missing rate is reported, never 0.
 */
export type HomeFigures = { readonly ok: true; readonly figures: TakeHomeFigures } | { readonly ok: false; readonly missing: MissingRate };

export type OfferTaxYearOutcome =
  | {
      readonly status: 'taxed';
      /** In the offer's currency. */
      readonly figures: TakeHomeFigures;
      readonly home: HomeFigures;
      /** The engine's result, in `taxCurrency` (CNY for the China models, whatever the offer's currency). */
      readonly computation: TaxComputation;
      readonly taxCurrency: CurrencyCode;
      readonly input: TaxYearInput;
    }
  /** The offer has no tax settings: only gross is known. */
  | { readonly status: 'before-tax' }
  | { readonly status: 'no-rule'; readonly taxYear: number }
  | { readonly status: 'invalid-input'; readonly field: string }
  /** The offer is not in CNY and there is no rate to CNY, so China's tables cannot be applied. */
  | { readonly status: 'missing-rate'; readonly missing: MissingRate };

export interface OfferTaxYear {
  readonly year: number;
  readonly period: OfferYearPeriod;
  /** Gross in the offer's currency (the breakdown's total), known whether or not tax could be computed. */
  readonly grossMinor: number;
  readonly income: OfferYearIncome;
  readonly outcome: OfferTaxYearOutcome;
}

export type HorizonTotals =
  | { readonly ok: true; readonly figures: TakeHomeFigures; readonly home: HomeFigures }
  /** Some year has no tax figure: a partial sum would look like a total, so there is none. */
  | { readonly ok: false; readonly untaxedYears: readonly number[] };

export type LivingCostStatus = 'ok' | 'noCostOfLiving' | 'missingRate';

export interface OfferTakeHome {
  readonly offerId: string;
  readonly currency: CurrencyCode;
  readonly homeCurrency: CurrencyCode;
  /** null: the offer has no tax settings and is compared before tax. */
  readonly settings: TaxSettings | null;
  readonly breakdown: OfferBreakdown;
  readonly years: readonly OfferTaxYear[];
  readonly horizon: HorizonTotals;
  readonly livingCostStatus: LivingCostStatus;
  /** Every notice and simplification of every taxed year, once each, in first-seen order. */
  readonly notices: readonly TaxMessageKey[];
}

export interface TakeHomeContext {
  readonly horizonYears: number;
  readonly homeCurrency: CurrencyCode;
  readonly rates: readonly FxRate[];
  readonly costOfLiving: readonly CostOfLiving[];
  /**
   * The profile's answer to "US citizen or green-card holder?" (optional; absent or null = not answered).
   * A US person's offers abroad then include what the US still takes on those wages.
   */
  readonly usPerson?: UsPersonStatus | null;
}

/**
 * Each model's tables are in its own currency: the China models tax in CNY, the US model in USD, Hong Kong in
 * HKD and Singapore in SGD, whatever the offer's currency (a missing rate is reported, never guessed).
 */
export function taxCurrencyFor(settings: TaxSettings, offerCurrency: CurrencyCode): CurrencyCode {
  switch (settings.model) {
    case 'china-resident':
    case 'china-nonresident':
      return 'CNY';
    case 'us':
      return 'USD';
    case 'hong-kong':
      return 'HKD';
    case 'singapore':
      return 'SGD';
    default:
      return offerCurrency;
  }
}

/** The equity the person marked per grant: listed-qualifying (taxed separately in China) and unlisted-deferral. */
function equityTreatment(income: OfferYearIncome, settings: TaxSettings): { separateMinor: number; separateVests: DatedAmount[]; deferredMinor: number } {
  const treatments = settings.equityGrants ?? {};
  let separateMinor = 0;
  let deferredMinor = 0;
  const separateVests: DatedAmount[] = [];
  for (const grant of income.equityByGrant) {
    const treatment = treatments[grant.grantId] ?? 'wages';
    if (treatment === 'listed-qualifying') {
      separateMinor += grant.amountMinor;
      separateVests.push(...grant.vests);
    } else if (treatment === 'unlisted-deferral') {
      deferredMinor += grant.amountMinor;
    }
  }
  separateVests.sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  return { separateMinor, separateVests, deferredMinor };
}

function convertFigures(figures: TakeHomeFigures, from: CurrencyCode, to: CurrencyCode, rates: readonly FxRate[]): HomeFigures {
  const probe = convertMinor(0, from, to, rates);
  if (!probe.ok) return { ok: false, missing: probe.missing };
  const one = (amountMinor: number): number => {
    const result = convertMinor(amountMinor, from, to, rates);
    return result.ok ? result.amountMinor : 0; // unreachable: the probe found the rate
  };
  return {
    ok: true,
    figures: {
      grossMinor: one(figures.grossMinor),
      taxMinor: one(figures.taxMinor),
      contributionsMinor: one(figures.contributionsMinor),
      takeHomeMinor: one(figures.takeHomeMinor),
      leftAfterLivingCostsMinor: figures.leftAfterLivingCostsMinor === null ? null : one(figures.leftAfterLivingCostsMinor),
    },
  };
}

function toTaxInput(
  income: OfferYearIncome,
  taxYear: number,
  from: CurrencyCode,
  to: CurrencyCode,
  rates: readonly FxRate[],
  settings: TaxSettings,
): { ok: true; input: TaxYearInput } | { ok: false; missing: MissingRate } {
  const probe = convertMinor(0, from, to, rates);
  if (!probe.ok) return { ok: false, missing: probe.missing };
  const one = (amountMinor: number): number => {
    const result = convertMinor(amountMinor, from, to, rates);
    return result.ok ? result.amountMinor : 0; // unreachable: the probe found the rate
  };
  // The dated reimbursements are converted as running totals and differenced, so their converted parts add
  // up exactly to the converted total (the engine checks that they do) and none comes out negative.
  let runningMinor = 0;
  let convertedSoFar = 0;
  const reimbursedAllowancePayments = income.reimbursedAllowancePayments.map(({ paidOn, amountMinor }) => {
    runningMinor += amountMinor;
    const convertedRunning = one(runningMinor);
    const part = { paidOn, amountMinor: convertedRunning - convertedSoFar };
    convertedSoFar = convertedRunning;
    return part;
  });
  // The same running-total conversion for the vests taxed separately, and the deferred part converted as
  // the difference of running totals, so their sum never exceeds the converted equity.
  const equity = equityTreatment(income, settings);
  let vestRunning = 0;
  let vestConverted = 0;
  const equitySeparatePayments = equity.separateVests.map(({ paidOn, amountMinor }) => {
    vestRunning += amountMinor;
    const convertedRunning = one(vestRunning);
    const part = { paidOn, amountMinor: convertedRunning - vestConverted };
    vestConverted = convertedRunning;
    return part;
  });
  // Every vest of the year by date, converted the same way (its parts add up to the converted equity), for the
  // "both ways" line: a vest after 2027-12-31 could not be taxed separately whatever its plan.
  const allVests = income.equityByGrant.flatMap((grant) => grant.vests).sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  let allRunning = 0;
  let allConverted = 0;
  const equityVestPayments = allVests.map(({ paidOn, amountMinor }) => {
    allRunning += amountMinor;
    const convertedRunning = one(allRunning);
    const part = { paidOn, amountMinor: convertedRunning - allConverted };
    allConverted = convertedRunning;
    return part;
  });
  const equitySeparateMinor = one(equity.separateMinor);
  const equityDeferredMinor = one(equity.separateMinor + equity.deferredMinor) - equitySeparateMinor;
  const hasEquityTreatment = equity.separateMinor > 0 || equity.deferredMinor > 0;
  // An offer year always has twelve months of pay (see tax-year-rule.ts), so monthsEmployed stays 12.
  return {
    ok: true,
    input: {
      taxYear,
      wagesMinor: one(income.wagesMinor),
      baseSalaryMinor: one(income.baseSalaryMinor),
      annualBonusMinor: one(income.annualBonusMinor),
      annualBonusPaidOn: income.annualBonusPaidOn,
      equityVestedMinor: one(income.equityVestedMinor),
      reimbursedAllowancesMinor: one(income.reimbursedAllowancesMinor),
      reimbursedAllowancePayments,
      monthsEmployed: 12,
      // Only when a grant is marked, so an offer without marks feeds the engine exactly what it did before.
      ...(hasEquityTreatment ? { equitySeparateMinor, equitySeparatePayments, equityDeferredMinor } : {}),
      // Only when the vests add up to the year's equity (they always do for an offer's grants).
      ...(allVests.length > 0 && allRunning === income.equityVestedMinor ? { equityVestPayments } : {}),
    },
  };
}

/**
 * Gross, tax and take-home of one offer per offer year and over the horizon, in the offer's currency and the
 * home currency, with "left after living costs" taken from take-home. Derived from the document, never stored.
 * `settings` null (no entry in document.taxByOffer) means the offer is compared before tax.
 */
export function offerTakeHome(offer: Offer, settings: TaxSettings | null, context: TakeHomeContext): OfferTakeHome {
  const { horizonYears, homeCurrency, rates } = context;
  const breakdown = offerBreakdown(offer, horizonYears);
  const periods = offerYearPeriods(offer.startDate, horizonYears);
  const incomes = offerIncomeByYear(offer, breakdown.years);
  const living = leftAfterLivingCosts(offer, breakdown, context.costOfLiving, rates);
  const livingCostStatus: LivingCostStatus = living.ok ? 'ok' : living.reason;
  const notices: TaxMessageKey[] = [];

  const years = breakdown.years.map((row, index): OfferTaxYear => {
    const period = periods[index] as OfferYearPeriod;
    const income = incomes[index] as OfferYearIncome;
    const base = { year: row.year, period, grossMinor: row.total, income };
    if (settings === null) return { ...base, outcome: { status: 'before-tax' } };

    const taxCurrency = taxCurrencyFor(settings, offer.currency);
    const mapped = toTaxInput(income, period.taxYear, offer.currency, taxCurrency, rates, settings);
    if (!mapped.ok) return { ...base, outcome: { status: 'missing-rate', missing: mapped.missing } };
    const result = computeTax(settings, mapped.input, { currency: taxCurrency, rates, usPerson: context.usPerson ?? null });
    if (!result.ok) {
      return {
        ...base,
        outcome: result.error.code === 'no-rule-for-year' ? { status: 'no-rule', taxYear: result.error.taxYear } : { status: 'invalid-input', field: result.error.field },
      };
    }
    const computation = result.value;
    for (const key of computation.notices) if (!notices.includes(key)) notices.push(key);

    // Back to the offer's currency. Tax and contributions are converted; take-home is what remains of the
    // breakdown's own gross, so the row adds up exactly in the currency the offer is paid in.
    const back = (amountMinor: number): number => {
      const converted = convertMinor(amountMinor, taxCurrency, offer.currency, rates);
      return converted.ok ? converted.amountMinor : 0; // the forward rate exists, so the inverse does too
    };
    const taxMinor = taxCurrency === offer.currency ? computation.taxMinor : back(computation.taxMinor);
    const contributionsMinor = taxCurrency === offer.currency ? computation.contributionsMinor : back(computation.contributionsMinor);
    const takeHomeMinor = row.total - taxMinor - contributionsMinor;
    const livingYear = living.ok ? living.years[index] : undefined;
    const figures: TakeHomeFigures = {
      grossMinor: row.total,
      taxMinor,
      contributionsMinor,
      takeHomeMinor,
      // living-costs.ts's `left` is gross less rent, other costs and any unusable reimbursed housing; after
      // tax the same costs come out of take-home instead.
      leftAfterLivingCostsMinor: livingYear ? livingYear.left - taxMinor - contributionsMinor : null,
    };
    return {
      ...base,
      outcome: { status: 'taxed', figures, home: convertFigures(figures, offer.currency, homeCurrency, rates), computation, taxCurrency, input: mapped.input },
    };
  });

  const untaxedYears = years.filter((y) => y.outcome.status !== 'taxed').map((y) => y.year);
  let horizon: HorizonTotals;
  if (settings === null || untaxedYears.length > 0) {
    horizon = { ok: false, untaxedYears };
  } else {
    const taxed = years.map((y) => (y.outcome.status === 'taxed' ? y.outcome.figures : null)).filter((f) => f !== null);
    const sum = (pick: (f: TakeHomeFigures) => number): number => taxed.reduce((total, f) => total + pick(f), 0);
    const hasLeft = taxed.every((f) => f.leftAfterLivingCostsMinor !== null);
    const figures: TakeHomeFigures = {
      grossMinor: sum((f) => f.grossMinor),
      taxMinor: sum((f) => f.taxMinor),
      contributionsMinor: sum((f) => f.contributionsMinor),
      takeHomeMinor: sum((f) => f.takeHomeMinor),
      leftAfterLivingCostsMinor: hasLeft ? sum((f) => f.leftAfterLivingCostsMinor ?? 0) : null,
    };
    horizon = { ok: true, figures, home: convertFigures(figures, offer.currency, homeCurrency, rates) };
  }

  return { offerId: offer.id, currency: offer.currency, homeCurrency, settings, breakdown, years, horizon, livingCostStatus, notices };
}
