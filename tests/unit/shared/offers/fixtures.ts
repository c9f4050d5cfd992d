import { createEmptyEquityGrant, createEmptyOffer, type Allowance, type EquityGrant, type Offer } from '../../../../shared/offers/schema';

/** The worked example, entered the way the form would save it. */
export const START = '2027-03-01';

export function offerA(): Offer {
  const offer = createEmptyOffer('offer-a', START, 'CNY');
  return {
    ...offer,
    company: 'Shanghai Tech',
    city: 'Shanghai',
    country: 'CN',
    base: { kind: 'annual', amountMinor: 90_000_000, monthsPerYear: 12, yearlyRaiseBp: 0 },
    bonus: { kind: 'percentOfBase', targetBp: 1_500, fixedMinor: 0 },
    signOn: { installments: [{ id: 's1', month: 0, amountMinor: 30_000_000 }], clawback: { kind: 'none', untilMonth: 0 } },
    equity: [{ ...createEmptyEquityGrant('g1'), grantValueMinor: 120_000_000 }],
    allowances: [housing(1_500_000)],
  };
}

export function offerB(): Offer {
  const offer = createEmptyOffer('offer-b', START, 'USD');
  return {
    ...offer,
    company: 'Seattle Cloud',
    city: 'Seattle',
    country: 'US',
    base: { kind: 'annual', amountMinor: 18_500_000, monthsPerYear: 12, yearlyRaiseBp: 0 },
    bonus: { kind: 'percentOfBase', targetBp: 1_000, fixedMinor: 0 },
    signOn: { installments: [{ id: 's1', month: 0, amountMinor: 5_000_000 }], clawback: { kind: 'none', untilMonth: 0 } },
    relocation: { kind: 'lumpSum', amountMinor: 1_500_000, month: 0, clawback: { kind: 'none', untilMonth: 0 } },
    equity: [{ ...createEmptyEquityGrant('g1'), grantValueMinor: 40_000_000 }],
  };
}

export function housing(monthlyMinor: number, overrides: Partial<Allowance> = {}): Allowance {
  return {
    id: 'housing',
    kind: 'housing',
    label: '',
    amountMinor: monthlyMinor,
    period: 'month',
    firstYears: null,
    isReimbursed: false,
    ...overrides,
  };
}

export function rsu(valueMinor: number, overrides: Partial<EquityGrant> = {}): EquityGrant {
  return { ...createEmptyEquityGrant('rsu'), grantValueMinor: valueMinor, ...overrides };
}

export const USD_CNY = [{ base: 'USD', quote: 'CNY', rateMicros: 7_100_000 }] as const;
