import { convertMinor, type CurrencyCode, type FxRate } from '../../money';
import { step } from '../explanation';
import type { TaxMessageKey } from '../messages';
import type { TaxSettings } from '../schema';
import type { TaxComputation, UsAbroadSummary } from '../tax-result';
import { findUsFederalRules } from '../us/us-rules';
import { UsAbroadSettingsSchema, type UsPersonStatus } from '../us/us-schema';
import { computeUsAbroad } from './us-abroad';

/** What computeTax needs beyond the settings and the year's figures to add the US side for a US person abroad. */
export interface TaxContext {
  /** The currency the input amounts are in (CNY for the China models). */
  readonly currency: CurrencyCode;
  readonly rates: readonly FxRate[];
  /** From the profile; null = not answered (then nothing is added, and the panel asks). */
  readonly usPerson: UsPersonStatus | null;
}

/** Models for a job abroad whose local income tax the US credit can use. */
const FOREIGN_MODELS = new Set(['china-resident', 'china-nonresident', 'hong-kong', 'singapore']);

export function isUsPerson(status: UsPersonStatus | null | undefined): boolean {
  return status === 'citizen' || status === 'green-card';
}

/** Adds what the US takes from a US person's foreign wages to the foreign computation (tax up, take-home down). */
export function applyUsAbroad(settings: TaxSettings, computation: TaxComputation, context: TaxContext): TaxComputation {
  if (!isUsPerson(context.usPerson)) return computation;
  if (!FOREIGN_MODELS.has(settings.model)) {
    return settings.model === 'effective-rate' ? { ...computation, notices: [...computation.notices, 'tax.notice.usAbroad.effectiveRate'] } : computation;
  }
  const abroad = UsAbroadSettingsSchema.parse(settings.usAbroad ?? {});
  const unavailable = (status: 'missing-rate' | 'no-rule', notice: TaxMessageKey): TaxComputation => {
    const summary: UsAbroadSummary = { status, totalMinor: 0, chosen: null, suggested: null, usd: null };
    return { ...computation, usAbroad: summary, notices: [...computation.notices, notice] };
  };
  const rules = findUsFederalRules(computation.taxYear, settings.allowAssumedRules);
  if (!rules) return unavailable('no-rule', 'tax.notice.usAbroad.noRule');
  const toUsd = (amount: number) => convertMinor(amount, context.currency, 'USD', context.rates);
  const wages = toUsd(computation.grossMinor);
  const foreignTax = toUsd(computation.taxMinor);
  const probeBack = convertMinor(0, 'USD', context.currency, context.rates);
  if (!wages.ok || !foreignTax.ok || !probeBack.ok) return unavailable('missing-rate', 'tax.notice.usAbroad.missingRate');

  const result = computeUsAbroad({ rules, settings: abroad, foreignWagesMinor: wages.amountMinor, foreignTaxMinor: foreignTax.amountMinor });
  const back = convertMinor(result.totalMinor, 'USD', context.currency, context.rates);
  const totalMinor = back.ok ? back.amountMinor : 0;
  const summary: UsAbroadSummary = {
    status: 'computed',
    totalMinor,
    chosen: result.chosen,
    suggested: result.suggested,
    usd: {
      usIncomeTaxMinor: result.usIncomeTaxMinor,
      ficaMinor: result.ficaMinor,
      californiaMinor: result.californiaMinor,
      totalMinor: result.totalMinor,
      carryoverMinor: result.carryoverMinor,
      feieTaxMinor: result.routes.feie.usTaxMinor,
      ftcTaxMinor: result.routes.ftc.usTaxMinor,
      feieCarryoverMinor: result.routes.feie.carryoverMinor,
      ftcCarryoverMinor: result.routes.ftc.carryoverMinor,
    },
  };
  const taxMinor = computation.taxMinor + totalMinor;
  const takeHomeMinor = computation.takeHomeMinor - totalMinor;
  // The explanation's last line is the local take-home; the US part follows it, in USD, then the new total.
  const explanation = [
    ...computation.explanation,
    step('tax.explain.usAbroad.intro', { status: context.usPerson ?? 'none' }),
    ...result.steps.map((s) => ({ ...s, values: { ...s.values, currency: 'USD' } })),
    step('tax.explain.usAbroad.takeHome', { localTaxMinor: computation.taxMinor, usMinor: totalMinor, taxMinor, takeHomeMinor }),
  ];
  return { ...computation, taxMinor, takeHomeMinor, usAbroad: summary, notices: [...computation.notices, ...result.notices], explanation };
}
