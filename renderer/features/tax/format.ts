import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatScaled, minorDigits, type CurrencyCode } from '../../../shared/money';

export type MoneyFormatter = (amountMinor: number, currency: CurrencyCode) => string;

/** Money in the interface language's style; the division to major units is for display only. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formats are costly to build; one per language and currency for the life of the window. */
function numberFormat(language: string, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${language}|${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency });
    numberFormats.set(key, format);
  }
  return format;
}

export function useTaxMoney(): MoneyFormatter {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => (amountMinor, currency) => numberFormat(language, currency).format(amountMinor / 10 ** minorDigits(currency)), [language]);
}

/** Basis points as a percentage without float noise: 1050 -> "10.5%". */
export function formatBp(bp: number): string {
  return `${formatScaled(bp, 2).replace(/\.?0+$/, '')}%`;
}

/** A money amount as the text a field shows (plain, no grouping): 1500000 CNY -> "15000". */
export function formatMinorForField(amountMinor: number, currency: CurrencyCode): string {
  return formatScaled(amountMinor, minorDigits(currency)).replace(/\.0+$/, '');
}
