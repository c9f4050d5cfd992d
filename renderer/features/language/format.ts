/** Number formatting in the interface language; pacing figures are rounded only here, at display. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
}

/** One decimal for hours ("3.9"), whole numbers for words and days. */
export function formatHours(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}
