import { useTranslation } from 'react-i18next';
import { minorDigits, type CurrencyCode } from '../../../shared/money';

export type MoneyFormat = (amountMinor: number, currency: CurrencyCode) => string;

// One formatter per language, each making one Intl.NumberFormat per currency when first asked for it: a
// comparison of 50 offers asks from hundreds of components, and building the formats for each of them
// was a tenth of the time it took to open (issue 16). The tax screens use the same formatters.
const formatsByLanguage = new Map<string, MoneyFormat>();

function moneyFormatFor(language: string): MoneyFormat {
  const known = formatsByLanguage.get(language);
  if (known) return known;
  const formats = new Map<CurrencyCode, Intl.NumberFormat>();
  const format: MoneyFormat = (amountMinor, currency) => {
    let formatter = formats.get(currency);
    if (!formatter) {
      formatter = new Intl.NumberFormat(language, { style: 'currency', currency });
      formats.set(currency, formatter);
    }
    return formatter.format(amountMinor / 10 ** minorDigits(currency));
  };
  formatsByLanguage.set(language, format);
  return format;
}

/**
 * Money as the interface language writes it (en: CN¥1,815,000.00; zh-CN: ¥1,815,000.00 and US$). The
 * division to major units is for display only; amounts up to 10^14 minor units stay exact to the cent.
 */
export function useMoneyFormat(): MoneyFormat {
  const { i18n } = useTranslation();
  return moneyFormatFor(i18n.language);
}
