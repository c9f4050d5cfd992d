/** The two paper sizes the app prints and saves PDFs on. */
export type PaperSize = 'A4' | 'Letter';

/**
 * Where US Letter is the usual paper: CLDR's supplemental measurement data (paperSize type="US-Letter",
 * territories "BZ CA CL CO CR GT MX NI PA PH PR SV US VE"); everywhere else A4.
 */
const LETTER_COUNTRIES: ReadonlySet<string> = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/** The paper a person most likely has: that of the country they live in now (the plan's home country). */
export function usualPaperSize(homeCountry: string | null | undefined): PaperSize {
  return homeCountry && LETTER_COUNTRIES.has(homeCountry.toUpperCase()) ? 'Letter' : 'A4';
}
