import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES, minorDigits, type CurrencyCode } from '../../../shared/money';

export type MoneyFormat = (amountMinor: number, currency: CurrencyCode) => string;

/**
 * Money as the interface language writes it (en: CN¥1,815,000.00; zh-CN: ¥1,815,000.00 and US$). The
 * division to major units is for display only; amounts up to 10^14 minor units stay exact to the cent.
 */
export function useMoneyFormat(): MoneyFormat {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const formats = new Map(CURRENCY_CODES.map((code) => [code, new Intl.NumberFormat(language, { style: 'currency', currency: code })]));
    return (amountMinor, currency) => (formats.get(currency) ?? new Intl.NumberFormat(language)).format(amountMinor / 10 ** minorDigits(currency));
  }, [language]);
}
