import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { resolveDecisionSettings } from '../../../shared/decision/schema';
import { computeVerdict } from '../../../shared/decision/verdict';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { usePlanner } from '../../store';
import { useDecisionFormat } from '../decision/format';
import { compareMemoised } from '../offers/comparison-memo';
import { useMoneyFormat } from '../offers/use-money-format';

/**
 * Where the offers stand, in one line that names its basis, leading to the comparison: the decision room's
 * verdict (shared/decision), computed from the plan as the comparison screen computes it and through the
 * same per-offer memo, so an edit recomputes only what it touched and the comparison then opens warm.
 * Comparing every offer is the costliest thing on the overview (about 0.1 s with 50 offers), so the first
 * render draws the card without it and the verdict follows in a render of its own (issue 16): the overview
 * is on screen first, and an edit elsewhere on it is not held up by the comparison.
 */
export function VerdictLine() {
  const { t } = useTranslation();
  const { document, showSection, showOffersScreen } = usePlanner(
    useShallow((s) => ({ document: s.document!, showSection: s.showSection, showOffersScreen: s.showOffersScreen })),
  );
  const deferred = useDeferredValue<PlanDocument | null>(document, null);
  const open = () => {
    showOffersScreen({ kind: 'compare' });
    showSection('offers');
  };
  return (
    <section className="card verdict" aria-labelledby="verdict-title" data-testid="verdict">
      <h2 id="verdict-title">{t('overview.ui.verdict.title')}</h2>
      {deferred ? (
        <VerdictSentence document={deferred} onOpen={open} />
      ) : (
        <p className="verdict__line muted" data-testid="verdict-working" aria-busy="true">
          {t('overview.ui.verdict.working')}
        </p>
      )}
    </section>
  );
}

function VerdictSentence({ document, onOpen }: { document: PlanDocument; onOpen: () => void }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const format = useDecisionFormat();
  const { offers, comparison, profile, taxByOffer, residency, decision } = document;
  const verdict = useMemo(
    () => computeVerdict(compareMemoised({ offers, comparison, profile, taxByOffer, residency }), { closeCallBp: resolveDecisionSettings(decision).closeCallBp }),
    [offers, comparison, profile, taxByOffer, residency, decision],
  );
  const basis = t('overview.ui.verdict.basis', { basis: t(`decision.basis.${verdict.basis}`), years: verdict.horizonYears, currency: verdict.homeCurrency });
  let line: string;
  if (verdict.status === 'none') line = document.offers.some((offer) => !offer.isArchived) ? t('overview.ui.verdict.missingRate', { currency: verdict.homeCurrency }) : t('overview.ui.verdict.none');
  else if (verdict.status === 'single') line = t('overview.ui.verdict.onlyOne', { company: verdict.leader!.company, total: money(verdict.leader!.totalMinor, verdict.homeCurrency) });
  else if (verdict.isCloseCall) line = t('overview.ui.verdict.closeCall', { first: verdict.leader!.company, second: verdict.runnerUp!.company, threshold: format.percentBp(verdict.closeCallBp) });
  else
    line = t('overview.ui.verdict.leading', {
      company: verdict.leader!.company,
      runnerUp: verdict.runnerUp!.company,
      margin: money(verdict.marginMinor, verdict.homeCurrency),
      percent: verdict.percentBp === null ? '' : ` (${format.percentBp(verdict.percentBp)})`,
    });
  return (
    <>
      <p className="verdict__line" data-testid="verdict-line" data-status={verdict.status} data-leader={verdict.leader?.offerId ?? ''}>
        {line}
      </p>
      {verdict.status !== 'none' ? (
        <p className="muted small" data-testid="verdict-basis">
          {t('overview.ui.verdict.basisLabel', { basis })}
        </p>
      ) : null}
      {verdict.status !== 'none' ? (
        <button type="button" className="link-button no-print" onClick={onOpen}>
          {t('overview.ui.verdict.open')}
        </button>
      ) : null}
    </>
  );
}
