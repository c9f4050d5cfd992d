import type { CurrencyCode } from '../money';
import type { IsoDate } from '../dates/iso-date';
import type { Clawback, EquityGrant, Offer } from './offer-schema';

const NO_CLAWBACK: Clawback = { kind: 'none', untilMonth: 0 };

/**
 * A blank offer that already passes the schema except for the company name, which the person must type
 * (so an untouched form cannot be saved by accident). Starts today; currency defaults to CNY because the
 * product is built around moves to China, and the form lets the person change it first.
 */
export function createEmptyOffer(id: string, today: IsoDate, currency: CurrencyCode = 'CNY'): Offer {
  return {
    id,
    company: '',
    role: '',
    level: '',
    city: '',
    country: '',
    currency,
    startDate: today,
    decisionDeadline: null,
    status: 'considering',
    notes: '',
    visaRoute: null,
    isArchived: false,
    base: { kind: 'annual', amountMinor: 0, monthsPerYear: 12, yearlyRaiseBp: 0 },
    bonus: { kind: 'percentOfBase', targetBp: 0, fixedMinor: 0 },
    signOn: { installments: [], clawback: { ...NO_CLAWBACK } },
    relocation: { kind: 'none', amountMinor: 0, month: 0, clawback: { ...NO_CLAWBACK } },
    equity: [],
    allowances: [],
    subsidies: [],
    benefits: { socialInsurance: '', health: '', vacation: '', other: '' },
  };
}

/** A blank RSU grant on the most common schedule (25 % a year, 12-month cliff, yearly). */
export function createEmptyEquityGrant(id: string): EquityGrant {
  return {
    id,
    label: '',
    kind: 'rsu',
    rsuValuation: 'value',
    grantValueMinor: 0,
    shares: 0,
    priceMinor: 0,
    strikeMinor: 0,
    vesting: { preset: '25-25-25-25', customYearlyBp: [], cliffMonths: 12, frequency: 'yearly' },
    refresherYearlyMinor: 0,
    privateDiscountBp: 0,
    yearlyGrowthBp: 0,
  };
}
