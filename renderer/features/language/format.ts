// Intl.NumberFormat is costly to build (the heatmap formats a year of days per render): one per locale and option set (issue 16).
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minimumFractionDigits}|${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits, minimumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/** Number formatting in the interface language; pacing figures are rounded only here, at display. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  return numberFormat(locale, 0, maximumFractionDigits).format(value);
}

/** One decimal for hours ("3.9"), whole numbers for words and days. */
export function formatHours(value: number, locale: string): string {
  return numberFormat(locale, 1, 1).format(value);
}
