import type { IsoDate } from '../dates/iso-date';
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
  today: IsoDate,
): TaxResidenceAnswer | null {
  if (!settings || (settings.model !== 'china-resident' && settings.model !== 'china-nonresident')) return null;
  const taxYear = offerYearPeriod(offer.startDate, 1).taxYear;
  return taxResidenceFromLog(section, settings.isForeignNational, taxYear, today);
}

/** Every offer's tax settings as the engine should use them: taxByOffer with the log's residence applied. */
export function taxSettingsWithLog(
  offers: readonly Pick<Offer, 'id' | 'startDate'>[],
  taxByOffer: Readonly<Record<string, TaxSettings>>,
  section: ResidencySection | undefined,
  today: IsoDate,
): Record<string, TaxSettings> {
  if (!section || !section.isUsedForTax || section.stays.length === 0) return { ...taxByOffer };
  const result: Record<string, TaxSettings> = {};
  for (const [id, settings] of Object.entries(taxByOffer)) {
    const offer = offers.find((o) => o.id === id);
    result[id] = offer ? withLogResidence(settings, offerResidenceAnswer(offer, settings, section, today)) : settings;
  }
  return result;
}
