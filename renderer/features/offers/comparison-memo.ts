import { useEffect } from 'react';
import type { DecisionCore, DecisionFlips } from '../../../shared/decision/analysis';
import { createComparisonMemo, type ComparedDocument } from '../../../shared/memo/comparison-memo';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { usePlanner } from '../../store';
import { preloadComparisonView } from './comparison-view-loader';

/**
 * The renderer's one comparison memo (issue 16): the comparison, its take-home tables and the offer
 * screens share per-offer figures, which outlive the comparison screen (leaving and reopening it
 * recomputes nothing) and are let go with the offer objects they belong to.
 */
export const comparisonMemo = createComparisonMemo();

let lastComparison: { parts: readonly unknown[]; entries: readonly unknown[]; value: OfferComparison } | null = null;

/** comparisonMemo.compare, returning the same object while nothing it shows changed (so what is derived from it can be kept). */
export function compareMemoised(document: ComparedDocument): OfferComparison {
  const value = comparisonMemo.compare(document);
  const parts = [document.comparison, document.profile.homeCurrency];
  if (lastComparison && sameList(lastComparison.parts, parts) && sameList(lastComparison.entries, value.entries.map((entry) => entry.breakdown)) && sameCriteria(lastComparison.value, value)) {
    return lastComparison.value;
  }
  lastComparison = { parts, entries: value.entries.map((entry) => entry.breakdown), value };
  return value;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((item, index) => item === b[index]);
const sameCriteria = (a: OfferComparison, b: OfferComparison) =>
  a.entries.every((entry, index) => entry.offer === b.entries[index]?.offer && entry.criteria.scoreHundredths === b.entries[index]?.criteria.scoreHundredths && entry.criteria.rank === b.entries[index]?.criteria.rank);

/** One remembered result, kept while the objects it was computed from are the same. */
function lastResult<T>() {
  let last: { parts: readonly unknown[]; value: T } | null = null;
  return {
    peek: (parts: readonly unknown[]): T | null => (last && sameList(last.parts, parts) ? last.value : null),
    get(parts: readonly unknown[], compute: () => T): T {
      if (last && sameList(last.parts, parts)) return last.value;
      last = { parts, value: compute() };
      return last.value;
    },
  };
}

const analysisParts = (document: PlanDocument, comparison: OfferComparison) => [comparison, document.offers, document.comparison, document.profile, document.taxByOffer, document.residency, document.decision];
const lastCore = lastResult<DecisionCore>();
const lastFlips = lastResult<DecisionFlips>();

/** The verdict and what it rests on, kept while the comparison and the settings it reads are the same objects. */
export function coreMemoised(document: PlanDocument, comparison: OfferComparison, compute: () => DecisionCore): DecisionCore {
  return lastCore.get(analysisParts(document, comparison), compute);
}

/** The flip points of a comparison, kept likewise; `peek` answers only from what is kept, computing nothing. */
export const flipsMemoised = {
  peek: (document: PlanDocument, comparison: OfferComparison): DecisionFlips | null => lastFlips.peek(analysisParts(document, comparison)),
  get: (document: PlanDocument, comparison: OfferComparison, compute: () => DecisionFlips): DecisionFlips => lastFlips.get(analysisParts(document, comparison), compute),
};

type IdleHandle = number;
const onIdle: (run: (deadline: { timeRemaining(): number }) => void) => IdleHandle =
  typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run) : (run) => window.setTimeout(() => run({ timeRemaining: () => 8 }), 50);
const cancelIdle: (handle: IdleHandle) => void = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : window.clearTimeout;

/**
 * While the offers screen is open, idle time works out each offer's comparison figures one offer at a
 * time (never more than the idle slice the browser offers), so opening the comparison draws from the memo
 * instead of computing 50 offers at once. Typing in the meantime only re-queues the offers that changed.
 */
export function useComparisonWarmUp(): void {
  const document = usePlanner((s) => s.document);
  useEffect(() => {
    if (!document) return;
    const offers = document.offers.filter((offer) => !offer.isArchived);
    let next = 0;
    let handle: IdleHandle | null = null;
    const step = (deadline: { timeRemaining(): number }) => {
      handle = null;
      // The comparison's code first: fetched once, it lets the comparison render at once when opened.
      void preloadComparisonView();
      while (next < offers.length && deadline.timeRemaining() > 4) {
        comparisonMemo.compare({ ...document, offers: [offers[next]!] });
        next++;
      }
      if (next < offers.length) handle = onIdle(step);
    };
    handle = onIdle(step);
    return () => {
      if (handle !== null) cancelIdle(handle);
    };
  }, [document]);
}
