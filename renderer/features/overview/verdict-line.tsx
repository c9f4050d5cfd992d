import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { usePlanner } from '../../store';
import { useDecisionFormat } from '../decision/format';
import { useMoneyFormat } from '../offers/use-money-format';
import { usePlanVerdict } from './use-plan-verdict';

/**
 * Where the offers stand, in one line that names its basis, leading to the comparison: the decision room's
 * verdict (shared/decision), computed from the plan as the comparison screen computes it. It follows the
 * first paint of the overview (./use-plan-verdict.ts) and says it is being worked out until then.
 */
export function VerdictLine() {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const format = useDecisionFormat();
  const { document, showSection, showOffersScreen } = usePlanner(
    useShallow((s) => ({ document: s.document!, showSection: s.showSection, showOffersScreen: s.showOffersScreen })),
  );
  const verdict = usePlanVerdict(document);
  if (!verdict) {
    return (
      <section className="card verdict" aria-labelledby="verdict-title" aria-busy="true" data-testid="verdict">
        <h2 id="verdict-title">{t('overview.ui.verdict.title')}</h2>
        <p className="verdict__line muted" data-testid="verdict-line" data-status="pending">
          {t('overview.ui.verdict.pending')}
        </p>
      </section>
    );
  }
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
      percent: verdict.percentBp === null ? '' : t('text.aside', { text: format.percentBp(verdict.percentBp) }),
    });
  const open = () => {
    showOffersScreen({ kind: 'compare' });
    showSection('offers');
  };
  return (
    <section className="card verdict" aria-labelledby="verdict-title" data-testid="verdict">
      <h2 id="verdict-title">{t('overview.ui.verdict.title')}</h2>
      <p className="verdict__line" data-testid="verdict-line" data-status={verdict.status} data-leader={verdict.leader?.offerId ?? ''}>
        {line}
      </p>
      {verdict.status !== 'none' ? (
        <p className="muted small" data-testid="verdict-basis">
          {t('overview.ui.verdict.basisLabel', { basis })}
        </p>
      ) : null}
      {verdict.status !== 'none' ? (
        <button type="button" className="link-button no-print" onClick={open}>
          {t('overview.ui.verdict.open')}
        </button>
      ) : null}
    </section>
  );
}
