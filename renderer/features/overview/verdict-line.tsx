import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { LeadingBasis } from '../../../shared/overview/leading-offer';
import { usePlanner } from '../../store';
import { useMoneyFormat } from '../offers/use-money-format';
import { useEntryText } from '../timeline/entry-text';
import { useLeadingOffer } from './use-leading-offer';

/**
 * Where the offers stand, in one line that names its basis, leading to the comparison. Until the
 * comparison has a fuller verdict (issue 9's decision room), this is the leader by the comparison table's
 * own total, and it says so.
 */
export function VerdictLine() {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const text = useEntryText();
  const { leading, offers } = useLeadingOffer();
  const { showSection, showOffersScreen, homeCurrency } = usePlanner(
    useShallow((s) => ({ showSection: s.showSection, showOffersScreen: s.showOffersScreen, homeCurrency: s.document!.profile.homeCurrency })),
  );
  const company = (id: string) => offers.find((offer) => offer.id === id)?.company ?? id;
  const basisText = (basis: LeadingBasis) =>
    t(`overview.ui.verdict.basis.${basis.view === 'firstYear' ? 'firstYear' : 'average'}`, { currency: basis.currency, years: basis.horizonYears, asOf: text.date(basis.fxAsOf) });
  let line: string;
  let basisLine: string | null = null;
  switch (leading.kind) {
    case 'no-offers':
      line = t('overview.ui.verdict.none');
      break;
    case 'missing-rate':
      line = t('overview.ui.verdict.missingRate', { currency: homeCurrency });
      break;
    case 'only-one':
      line = t('overview.ui.verdict.onlyOne', { company: company(leading.offerId), total: money(leading.totalMinor, leading.basis.currency), basis: basisText(leading.basis) });
      break;
    case 'close-call':
      line = t('overview.ui.verdict.closeCall', { first: company(leading.offerIds[0]), second: company(leading.offerIds[1]) });
      basisLine = basisText(leading.basis);
      break;
    case 'leading':
      line = t('overview.ui.verdict.leading', { company: company(leading.offerId), runnerUp: company(leading.runnerUpId), margin: money(leading.marginMinor, leading.basis.currency) });
      basisLine = basisText(leading.basis);
      break;
  }
  const open = () => {
    showOffersScreen({ kind: 'compare' });
    showSection('offers');
  };
  return (
    <section className="card verdict" aria-labelledby="verdict-title" data-testid="verdict">
      <h2 id="verdict-title">{t('overview.ui.verdict.title')}</h2>
      <p className="verdict__line" data-testid="verdict-line" data-kind={leading.kind}>
        {line}
      </p>
      {basisLine ? <p className="muted small" data-testid="verdict-basis">{t('overview.ui.verdict.basisLabel', { basis: basisLine })}</p> : null}
      {leading.kind !== 'no-offers' ? (
        <button type="button" className="link-button no-print" onClick={open}>
          {t('overview.ui.verdict.open')}
        </button>
      ) : null}
    </section>
  );
}

