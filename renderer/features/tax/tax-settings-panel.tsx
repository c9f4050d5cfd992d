/** Tax settings of one offer, shown inside the offer editor. Filled in by the tax feature (issue 6). */
export function TaxSettingsPanel(_props: { offerId: string }) {
  return null;
}
