import { formatScaled, minorDigits, type CurrencyCode } from '../../../shared/money';
import { useMoneyFormat, type MoneyFormat } from '../offers/use-money-format';

export type MoneyFormatter = MoneyFormat;

/** Money in the interface language's style: the offers' formatter (one Intl format per language and currency). */
export const useTaxMoney: () => MoneyFormatter = useMoneyFormat;

/** Basis points as a percentage without float noise: 1050 -> "10.5%". */
export function formatBp(bp: number): string {
  return `${formatScaled(bp, 2).replace(/\.?0+$/, '')}%`;
}

/** A money amount as the text a field shows (plain, no grouping): 1500000 CNY -> "15000". */
export function formatMinorForField(amountMinor: number, currency: CurrencyCode): string {
  return formatScaled(amountMinor, minorDigits(currency)).replace(/\.0+$/, '');
}
