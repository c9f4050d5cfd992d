import { offerYearPeriod } from '../offer-tax/tax-year-rule';
import type { Offer } from '../offers/offer-schema';
import type { TaxSettings } from '../tax/schema';
import type { ResidencySection } from './schema';
import { taxResidenceFromLog, withLogResidence, type TaxResidenceAnswer } from './tax-residence';

/*
 * Where the person keeps a trip log, it decides whether an offer is taxed as a China resident or not,
 * instead of the model they picked by hand. An offer has one model for all its years, so the answer of
 * its first tax year (the calendar year that taxes offer year 1) decides, and the tax panel names it.
 */
export function offerResidenceAnswer(
  offer: Pick<Offer, 'startDate'>,
  settings: TaxSettings | null,
  section: ResidencySection | undefined,
): TaxResidenceAnswer | null {
  if (!settings || (settings.model !== 'china-resident' && settings.model !== 'china-nonresident')) return null;
  const taxYear = offerYearPeriod(offer.startDate, 1).taxYear;
  return taxResidenceFromLog(section, settings.isForeignNational, taxYear);
}

/**
 * Every offer's tax settings as the engine should use them: taxByOffer with the log's residence applied.
 * Without a log (or with it switched off for tax) this is taxByOffer itself, unchanged, so plans without a
 * trip log compute exactly as before.
 */
export function taxSettingsWithLog(
  offers: readonly Pick<Offer, 'id' | 'startDate'>[],
  taxByOffer: Readonly<Record<string, TaxSettings>>,
  section: ResidencySection | undefined,
): Readonly<Record<string, TaxSettings>> {
  if (!section || !section.isUsedForTax || section.stays.length === 0) return taxByOffer;
  const result: Record<string, TaxSettings> = {};
  for (const [id, settings] of Object.entries(taxByOffer)) {
    const offer = offers.find((o) => o.id === id);
    result[id] = offer ? withLogResidence(settings, offerResidenceAnswer(offer, settings, section)) : settings;
  }
  return result;
}

/** The plan's tax settings with the log applied: what every after-tax figure of the app is computed from. */
export function effectiveTaxByOffer(document: {
  readonly offers: readonly Pick<Offer, 'id' | 'startDate'>[];
  readonly taxByOffer: Readonly<Record<string, TaxSettings>>;
  readonly residency?: ResidencySection | undefined;
}): Readonly<Record<string, TaxSettings>> {
  return taxSettingsWithLog(document.offers, document.taxByOffer, document.residency);
}
