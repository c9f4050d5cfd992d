import { destinationCountryOf } from '../geo/offer-country';
import type { PlanDocument } from '../plan/plan-schema';

export interface DestinationSuggestion {
  /** ISO 3166-1 alpha-2 code the move accepts. */
  readonly country: string;
  /** How many open offers are in that country. */
  readonly offerCount: number;
}

const CLOSED = new Set(['declined', 'expired']);

/**
 * While the move has no destination, the country every open new offer is in (archived, declined and
 * expired offers and the current job do not count). Null when there is none, when the offers are in
 * more than one country, or when a country could not be read as one the move accepts: the person is
 * offered the obvious answer, never a guess between two.
 */
export function suggestDestination(plan: PlanDocument): DestinationSuggestion | null {
  if (plan.move.destinationCountry !== null) return null;
  const open = plan.offers.filter((offer) => offer.kind !== 'currentJob' && !offer.isArchived && !CLOSED.has(offer.status));
  if (open.length === 0) return null;
  const countries = new Set(open.map((offer) => destinationCountryOf(offer)));
  if (countries.size !== 1) return null;
  const [country] = countries;
  return country ? { country, offerCount: open.length } : null;
}
