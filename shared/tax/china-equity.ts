import { applyBp } from '../money';
import { isPolicyAvailable, isPolicyInForceOn, type PolicyWindow } from './china-rules';
import { step, type ExplanationStep } from './explanation';
import type { TaxMessageKey } from './messages';
import type { ResolvedTaxYearInput } from './tax-result';

/**
 * A resident's equity income from a listed company's plan (options, SARs, restricted stock, equity awards)
 * is not added to comprehensive income but taxed on its own, in full, with the annual table; two or more in a
 * year are added together first (MOF/STA Announcement 2023 No. 25, "本公告执行至2027年12月31日", read from
 * the announcement's text, reviewed 2026-12-01). Whether an overseas-listed employer's plan qualifies depends on
 * its filing with the local tax bureau, so the person confirms it per grant.
 */
export const EQUITY_SEPARATE_WINDOW: PolicyWindow = {
  from: '2019-01-01',
  until: '2027-12-31',
  source: 'MOF/STA Announcement 2023 No. 25 (Cai Shui [2005] 35, [2009] 5, [2015] 116, [2016] 101 conditions)',
};

/** Cai Shui [2016] 101: an unlisted company's filed plan defers the tax to the sale, then 20% as property transfer. */
export const DEFERRED_EQUITY_RATE_BP = 2_000;

export interface ChinaEquitySplit {
  /** Taxed with the other wages. */
  readonly asWagesMinor: number;
  /** Taxed separately on the annual table (confirmed listed-company plans, vested by 2027-12-31). */
  readonly separateMinor: number;
  /** Unlisted company, filed deferral plan: taxed at 20% on sale, estimated here at the vest value. */
  readonly deferredMinor: number;
  readonly deferredTaxMinor: number;
  /** Confirmed-qualifying equity that vests after the window and so goes back to wages. */
  readonly lateMinor: number;
  readonly isWindowOpen: boolean;
  readonly notices: readonly TaxMessageKey[];
}

export function splitChinaEquity(input: ResolvedTaxYearInput): ChinaEquitySplit {
  const total = input.equityVestedMinor;
  const confirmed = Math.min(total, input.equitySeparateMinor ?? 0);
  const deferredMinor = Math.min(total - confirmed, input.equityDeferredMinor ?? 0);
  const payments = input.equitySeparatePayments;
  const inWindow =
    payments === undefined || payments === null
      ? isPolicyAvailable(EQUITY_SEPARATE_WINDOW, input.taxYear)
        ? confirmed
        : 0
      : Math.min(
          confirmed,
          payments.filter((p) => isPolicyInForceOn(EQUITY_SEPARATE_WINDOW, p.paidOn)).reduce((sum, p) => sum + p.amountMinor, 0),
        );
  const lateMinor = confirmed - inWindow;
  const notices: TaxMessageKey[] = [];
  if (lateMinor > 0) notices.push('tax.notice.equitySeparateEnded');
  if (inWindow > 0) notices.push('tax.notice.equitySeparateConfirmed');
  if (deferredMinor > 0) notices.push('tax.notice.equityDeferred');
  return {
    asWagesMinor: total - inWindow - deferredMinor,
    separateMinor: inWindow,
    deferredMinor,
    deferredTaxMinor: applyBp(deferredMinor, DEFERRED_EQUITY_RATE_BP),
    lateMinor,
    isWindowOpen: isPolicyAvailable(EQUITY_SEPARATE_WINDOW, input.taxYear) || inWindow > 0,
    notices,
  };
}

/**
 * How much of the year's equity could be taxed separately if every grant's plan qualified: the vests dated by
 * 2027-12-31 (all of it when no dates are given and the tax year is inside the window, none after it).
 */
export function equityQualifyingMinor(input: ResolvedTaxYearInput): number {
  const vests = input.equityVestPayments;
  if (vests === undefined) return isPolicyAvailable(EQUITY_SEPARATE_WINDOW, input.taxYear) ? input.equityVestedMinor : 0;
  return vests.filter((p) => isPolicyInForceOn(EQUITY_SEPARATE_WINDOW, p.paidOn)).reduce((sum, p) => sum + p.amountMinor, 0);
}

/**
 * The "both ways" line: the year's tax with all equity as wages and with the part that may qualify (vested by
 * 2027-12-31) taxed separately; when none of it vests in time, says so instead of showing a saving that the
 * law no longer offers.
 */
export function equityChoiceStep(equityMinor: number, qualifyingMinor: number, asWagesTaxMinor: number, separateTaxMinor: number, chosenTaxMinor: number): ExplanationStep {
  if (qualifyingMinor === 0) {
    return step('tax.explain.equityChoiceClosed', { equityMinor, endsOn: EQUITY_SEPARATE_WINDOW.until, chosenTaxMinor });
  }
  const values = { equityMinor, asWagesTaxMinor, separateTaxMinor, savingMinor: asWagesTaxMinor - separateTaxMinor, chosenTaxMinor };
  if (qualifyingMinor < equityMinor) {
    return step('tax.explain.equityChoicePartial', { ...values, qualifyingMinor, lateMinor: equityMinor - qualifyingMinor, endsOn: EQUITY_SEPARATE_WINDOW.until });
  }
  return step('tax.explain.equityChoice', { ...values, isWindowOpen: true });
}
