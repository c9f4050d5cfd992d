import type { TaxMessageKey } from './messages';

/**
 * One line of "how was this computed". The UI looks up `labelKey` in TAX_MESSAGES and interpolates `values`
 * after formatting each by its name's suffix: `...Minor` is money in minor units of the offer's currency,
 * `...Bp` a rate in basis points, anything else is shown as it is (counts, years, option names).
 */
export type ExplanationValue = number | string | boolean | null;

export interface ExplanationStep {
  readonly labelKey: TaxMessageKey;
  readonly values: Readonly<Record<string, ExplanationValue>>;
}

export function step(labelKey: TaxMessageKey, values: Record<string, ExplanationValue> = {}): ExplanationStep {
  return { labelKey, values };
}
