import type { IsoDate } from '../dates/iso-date';
import type { LanguageGoal } from '../language/schema';
import { convertMinor, type CurrencyCode, type FxRate } from '../money';
import { baseByYear } from '../offers/base-salary';
import type { Offer } from '../offers/offer-schema';
import type { Degree as ProfileDegree } from '../plan/profile-schema';
import type { Degree, WorkPermitPointsInput } from './work-permit-points';

/*
 * Turns what the plan already knows (profile, language goals, offers and their exchange rates) into the
 * points estimate's input, so the estimate is derived from the document and never typed in twice.
 */

/** The points table knows bachelor, master and doctorate; anything below a bachelor's scores as no degree. */
export function pointsDegree(degree: ProfileDegree | null): Degree | null {
  if (degree === null) return null;
  if (degree === 'bachelor' || degree === 'master' || degree === 'doctorate') return degree;
  return 'none';
}

/**
 * The highest HSK level reached according to the plan's HSK goals (HSK 2.0 or 3.0; levels are '1'..'9').
 * A goal without a current level counts as 0. Null when there is no HSK goal at all, so the caller can ask
 * for the level instead.
 */
export function hskLevelFromGoals(goals: readonly Pick<LanguageGoal, 'framework' | 'currentLevel'>[]): number | null {
  const hskGoals = goals.filter((goal) => goal.framework === 'hsk2' || goal.framework === 'hsk3');
  if (hskGoals.length === 0) return null;
  return hskGoals.reduce((highest, goal) => {
    const level = goal.currentLevel !== null && /^[1-9]$/.test(goal.currentLevel.trim()) ? Number(goal.currentLevel.trim()) : 0;
    return Math.max(highest, level);
  }, 0);
}

export type OfferSalaryCny =
  | { ok: true; amountMinor: number; fromCurrency: CurrencyCode; firstYearMinor: number }
  | { ok: false; reason: 'missing-rate'; from: CurrencyCode };

/** The offer's first-year base salary in CNY fen, converted with the plan's own exchange rates. */
export function offerSalaryCny(offer: Pick<Offer, 'base' | 'currency'>, rates: readonly FxRate[]): OfferSalaryCny {
  const firstYearMinor = baseByYear(offer.base, 1)[0] ?? 0;
  const converted = convertMinor(firstYearMinor, offer.currency, 'CNY', rates);
  if (!converted.ok) return { ok: false, reason: 'missing-rate', from: offer.currency };
  return { ok: true, amountMinor: converted.amountMinor, fromCurrency: offer.currency, firstYearMinor };
}

export interface PointsPlanFacts {
  birthYear: number | null;
  degree: ProfileDegree | null;
  yearsExperience: number | null;
  hskLevel: number | null;
  annualSalaryCnyMinor: number | null;
  onDate: IsoDate;
  flags: WorkPermitPointsInput['flags'];
}

export function pointsInputFromPlan(facts: PointsPlanFacts): WorkPermitPointsInput {
  return {
    birthYear: facts.birthYear,
    onDate: facts.onDate,
    degree: pointsDegree(facts.degree),
    yearsExperience: facts.yearsExperience,
    hskLevel: facts.hskLevel,
    annualSalaryCnyMinor: facts.annualSalaryCnyMinor,
    flags: { ...facts.flags },
  };
}
