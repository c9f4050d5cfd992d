import { useEffect } from 'react';
import type { Offer } from '../../../shared/offers/schema';
import { validateOfferEdit } from '../../../shared/offers/validate-edit';

/**
 * The first check against the offer schema compiles it (zod builds a fast path on first use) and warms the
 * code behind it: about 0.1 s that otherwise landed on the first keystroke in the editor (issue 16). The
 * editor runs one check of the unchanged offer as soon as the page is idle, so typing starts warm.
 */
export function useWarmOfferChecks(offer: Offer): void {
  const offerId = offer.id;
  const company = offer.company;
  useEffect(() => {
    const run = () => void validateOfferEdit(offer, ['company'], company);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(run, 50);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(run, { timeout: 1_000 });
    return () => cancelIdleCallback(handle);
    // Once per offer opened, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [offerId]);
}
