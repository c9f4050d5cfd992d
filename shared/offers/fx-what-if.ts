import { convertMinor, type ConversionResult, type CurrencyCode, type FxRate } from '../money';

export interface FxWhatIf {
  /** The offer's currency X % weaker against the home currency. */
  down: ConversionResult;
  asEntered: ConversionResult;
  /** The offer's currency X % stronger. */
  up: ConversionResult;
}

/** An amount converted at the entered rate and at the rate moved by minus and plus `moveBp`. */
export function fxWhatIf(
  amountMinor: number,
  from: CurrencyCode,
  to: CurrencyCode,
  rates: readonly FxRate[],
  moveBp: number,
): FxWhatIf {
  return {
    down: convertMinor(amountMinor, from, to, rates, -moveBp),
    asEntered: convertMinor(amountMinor, from, to, rates),
    up: convertMinor(amountMinor, from, to, rates, moveBp),
  };
}
