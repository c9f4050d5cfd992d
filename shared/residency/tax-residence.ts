import type { TaxSettings } from '../tax/schema';
import { residencyReport, type ResidenceBasis } from './residency-report';
import type { ResidencySection } from './schema';

/** What the trip log says about China tax residence in one calendar year, and why. */
export interface TaxResidenceAnswer {
  readonly year: number;
  readonly isResident: boolean;
  readonly basis: ResidenceBasis;
  readonly fullDays: number;
}

/**
 * The log's answer for a tax year, with planned trips (a tax year of an offer lies ahead). Null when the
 * person keeps no log, or has said not to use it for tax: then the model they chose stands. It does not
 * depend on today: an open stay counts through the end of the tax year at least, so the year's row is the
 * same whatever the date (which keeps this pure for the comparison and the verdict).
 */
export function taxResidenceFromLog(section: ResidencySection | undefined, isForeignNational: boolean, year: number): TaxResidenceAnswer | null {
  if (!section || !section.isUsedForTax) return null;
  const basis: ResidenceBasis = isForeignNational ? 'days' : 'domicile';
  const report = residencyReport({ section, basis, today: `${year}-01-01`, includePlanned: true, throughYear: year });
  const row = report?.years.find((y) => y.year === year);
  if (!row) return null;
  return { year, basis, fullDays: row.fullDays, isResident: basis === 'domicile' || row.isResidentByDays };
}

const isChinaModel = (settings: TaxSettings): boolean => settings.model === 'china-resident' || settings.model === 'china-nonresident';

/** The settings with the China model (resident or not) taken from the log's answer; other models are untouched. */
export function withLogResidence(settings: TaxSettings, answer: TaxResidenceAnswer | null): TaxSettings {
  if (!answer || !isChinaModel(settings)) return settings;
  const model = answer.isResident ? 'china-resident' : 'china-nonresident';
  return model === settings.model ? settings : { ...settings, model };
}
