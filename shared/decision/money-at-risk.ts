import { BP_WHOLE, convertMinor, mulDivRound, type CurrencyCode, type FxRate } from '../money';
import type { OfferComparison, OfferComparisonEntry } from '../offers/compare-offers';
import { isCurrentJob, offerGrantVests } from '../offers/current-job';
import type { Offer } from '../offers/offer-schema';
import type { VerdictBasis } from './basis';
import { basisTotals, totalOn } from './basis';

/** Default risk discount of private-company equity (0.5: half its value, as before an IPO). */
export const DEFAULT_PRIVATE_DISCOUNT_BP = 5_000;

/** One offer's money at risk over the horizon, gross, home minor units (null where a rate is missing). */
export interface MoneyAtRisk {
  offerId: string;
  /** Sign-on and relocation money that a clawback could take back if the person left early. */
  clawbackMinor: number;
  /** Equity that vests within the horizon, only if the person stays until each vest. */
  stayOnlyEquityMinor: number;
  /** The part of that equity in a private company (no market to sell it in yet). */
  privateEquityMinor: number;
  /** What the risk-adjusted verdict takes off: private equity x its discount (per grant, 50 % unless set). */
  privateDiscountMinor: number;
  /** The horizon gross the shares are of. */
  grossMinor: number;
}

function offerMoneyAtRisk(offer: Offer, horizonYears: number, home: CurrencyCode, rates: readonly FxRate[]): Omit<MoneyAtRisk, 'grossMinor'> | null {
  const lastMonth = horizonYears * 12;
  let clawback = 0;
  if (!isCurrentJob(offer)) {
    if (offer.signOn.clawback.kind !== 'none') {
      clawback += offer.signOn.installments.filter((i) => i.month <= lastMonth).reduce((sum, i) => sum + i.amountMinor, 0);
    }
    if (offer.relocation.kind !== 'none' && offer.relocation.clawback.kind !== 'none' && offer.relocation.month <= lastMonth) {
      clawback += offer.relocation.amountMinor;
    }
  }
  let equity = 0;
  let privateEquity = 0;
  let privateDiscount = 0n;
  for (const grant of offer.equity) {
    const vested = offerGrantVests(offer, grant, lastMonth)
      .filter((vest) => vest.month <= lastMonth)
      .reduce((sum, vest) => sum + vest.valueMinor, 0);
    equity += vested;
    if (grant.isPrivateCompany) {
      privateEquity += vested;
      privateDiscount += BigInt(vested) * BigInt(grant.riskDiscountBp ?? DEFAULT_PRIVATE_DISCOUNT_BP);
    }
  }
  // The discount is rounded to the offer currency's minor unit, then converted like every other figure.
  const convert = (amount: number | bigint, den = 1) => {
    const result = convertMinor(mulDivRound(amount, 1, den), offer.currency, home, rates);
    return result.ok ? result.amountMinor : null;
  };
  const clawbackMinor = convert(clawback);
  const stayOnlyEquityMinor = convert(equity);
  const privateEquityMinor = convert(privateEquity);
  const privateDiscountMinor = convert(privateDiscount, BP_WHOLE);
  if (clawbackMinor === null || stayOnlyEquityMinor === null || privateEquityMinor === null || privateDiscountMinor === null) return null;
  return { offerId: offer.id, clawbackMinor, stayOnlyEquityMinor, privateEquityMinor, privateDiscountMinor };
}

export function moneyAtRisk(comparison: OfferComparison, rates: readonly FxRate[]): MoneyAtRisk[] {
  return comparison.entries.flatMap((entry) => {
    const risk = offerMoneyAtRisk(entry.offer, comparison.horizonYears, comparison.homeCurrency, rates);
    if (!risk || !entry.home.ok) return [];
    return [{ ...risk, grossMinor: entry.home.breakdown.horizonTotal.total }];
  });
}

/**
 * The risk-adjusted verdict's deduction for one offer on a basis: the private-equity discount, gross; on an
 * after-tax basis scaled by the offer's own share of gross it keeps (take-home / gross over the horizon), so a
 * discounted share is not also taxed.
 */
export function riskAdjustment(entry: OfferComparisonEntry, risk: MoneyAtRisk | undefined, basis: VerdictBasis): number {
  if (!risk || risk.privateDiscountMinor === 0) return 0;
  if (basis === 'gross' || risk.grossMinor <= 0) return risk.privateDiscountMinor;
  const totals = basisTotals(entry);
  const takeHome = totalOn(totals, 'afterTax');
  if (takeHome === null) return risk.privateDiscountMinor;
  return mulDivRound(risk.privateDiscountMinor, Math.max(0, takeHome), risk.grossMinor);
}

export function riskAdjustmentFor(comparison: OfferComparison, rates: readonly FxRate[]): (offerId: string, basis: VerdictBasis) => number {
  const risks = new Map(moneyAtRisk(comparison, rates).map((risk) => [risk.offerId, risk]));
  const entries = new Map(comparison.entries.map((entry) => [entry.offer.id, entry]));
  return (offerId, basis) => {
    const entry = entries.get(offerId);
    return entry ? riskAdjustment(entry, risks.get(offerId), basis) : 0;
  };
}
