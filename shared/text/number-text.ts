/**
 * What people type as numbers, made plain before parsing:
 * - full-width digits and punctuation from Chinese input methods (１２３，４５６．７) become ASCII (NFKC);
 * - spaces (also no-break and thin), underscores and apostrophes (1'000) are dropped;
 * - commas are removed only where they group thousands ("45,000", "1,234,567.5");
 * - a single comma followed by one or two digits is a decimal comma ("7,10" is 7.10, "45000,5" is 45000.5).
 * Anything else keeps its commas, so it fails to parse instead of quietly meaning another number: "7,10" must
 * never become 710.
 */
export function normalizeNumberText(text: string): string {
  const compact = text.normalize('NFKC').trim().replace(/[\s_'\u00a0\u2009\u202f]/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?%?$/.test(compact)) return compact.replace(/,/g, '');
  if (/^[-+]?\d+,\d{1,2}%?$/.test(compact)) return compact.replace(',', '.');
  return compact;
}
