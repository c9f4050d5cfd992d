import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { todayIso } from '../../../shared/dates/iso-date';
import { daysToDeadline, firstYearTotalHome, OFFER_SORT_KEYS, sortOffers } from '../../../shared/offers/offer-list';
import { offerBreakdown } from '../../../shared/offers/breakdown';
import type { Offer } from '../../../shared/offers/schema';
import { useWindowRows } from '../../components/window-list';
import { usePlanner } from '../../store';
import { useMoneyFormat } from './use-money-format';
import { useDates } from '../../i18n/use-dates';

function DeadlineCell({ offer, today }: { offer: Offer; today: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const days = daysToDeadline(offer, today);
  if (days === null) return <span className="muted">{t('offers.ui.noDeadline')}</span>;
  const tone = days < 0 ? 'passed' : days <= 7 ? 'soon' : 'later';
  return (
    <span className={`offers-deadline offers-deadline--${tone}`}>
      {offer.decisionDeadline ? dates.date(offer.decisionDeadline) : null}
      <br />
      <small data-testid="deadline-days">
        {days < 0 ? t('offers.ui.deadlinePassed', { count: -days }) : days === 0 ? t('offers.ui.deadlineToday') : t('offers.ui.deadlineIn', { count: days })}
      </small>
    </span>
  );
}

/** About one row (name, role and four buttons), for the window before each row is measured. */
const ROW_HEIGHT = 64;

export function OffersList() {
  const { t, i18n } = useTranslation();
  const money = useMoneyFormat();
  const state = usePlanner(
    useShallow((s) => ({
      offers: s.document!.offers,
      homeCurrency: s.document!.profile.homeCurrency,
      rates: s.document!.comparison.fx.rates,
      sort: s.offersSort,
      isShowingArchived: s.isShowingArchivedOffers,
      setSort: s.setOffersSort,
      setShowingArchived: s.setShowingArchivedOffers,
      showOffersScreen: s.showOffersScreen,
      duplicateOffer: s.duplicateOffer,
      setOfferArchived: s.setOfferArchived,
      deleteOffer: s.deleteOffer,
    })),
  );
  const today = todayIso();
  const archivedCount = state.offers.filter((offer) => offer.isArchived).length;
  const shown = useMemo(
    () =>
      sortOffers(
        state.offers.filter((offer) => state.isShowingArchived || !offer.isArchived),
        state.sort,
        state.homeCurrency,
        state.rates,
        i18n.language,
      ),
    [state.offers, state.isShowingArchived, state.sort, state.homeCurrency, state.rates, i18n.language],
  );
  // A long list draws only the rows near the view (components/window-list); a printout gets every row.
  const { attachList, indexes, before, after, measure } = useWindowRows(shown.length, () => ROW_HEIGHT);
  return (
    <section className="card" aria-labelledby="offers-list-title">
      <div className="offers-list__toolbar">
        <h2 id="offers-list-title">{t('offers.ui.listTitle', { count: shown.length })}</h2>
        <div className="offers-list__controls">
          <label className="offers-inline-field">
            {t('offers.ui.sortBy')}
            <select name="offers-sort" value={state.sort} onChange={(event) => {
                const key = OFFER_SORT_KEYS.find((item) => item === event.target.value);
                if (key) state.setSort(key);
              }}>
              {OFFER_SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t(`offers.ui.sort.${key}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="offers-checkbox">
            <input type="checkbox" name="show-archived" checked={state.isShowingArchived} onChange={(event) => state.setShowingArchived(event.target.checked)} />
            {t('offers.ui.showArchived', { count: archivedCount })}
          </label>
        </div>
      </div>
      {shown.length === 0 ? <p className="muted">{t('offers.ui.allArchived')}</p> : null}
      <div className="offers-scroll">
        <table className="offers-table" data-testid="offers-list">
          <thead>
            <tr>
              <th>{t('offers.ui.company')}</th>
              <th>{t('offers.ui.city')}</th>
              <th>{t('offers.ui.status')}</th>
              <th>{t('offers.ui.decisionDeadline')}</th>
              <th className="num">{t('offers.ui.firstYearTotal')}</th>
              <th className="no-print">
                <span className="sr-only">{t('offers.ui.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={attachList}>
            {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
            {indexes.map((index) => {
              const offer = shown[index]!;
              const firstYear = offerBreakdown(offer, 1).years[0]?.total ?? 0;
              const home = offer.currency === state.homeCurrency ? null : firstYearTotalHome(offer, state.homeCurrency, state.rates);
              return (
                <tr key={offer.id} ref={measure} data-index={index} data-testid="offer-row" data-offer={offer.company} data-offer-id={offer.id} className={offer.isArchived ? 'offers-table__archived' : undefined}>
                  <td>
                    <button type="button" className="link-button offers-table__name" name="edit-offer" onClick={() => state.showOffersScreen({ kind: 'edit', offerId: offer.id })}>
                      {offer.company}
                    </button>
                    <div className="muted small">{[offer.role, offer.level].filter((part) => part.trim()).join(' · ')}</div>
                    {offer.isArchived ? <span className="offers-badge offers-badge--archived">{t('offers.ui.archived')}</span> : null}
                  </td>
                  <td>{offer.city || <span className="muted">—</span>}</td>
                  <td>
                    <span className={`offers-badge offers-badge--${offer.status}`} data-testid="status-badge">
                      {t(`offers.ui.status.${offer.status}`)}
                    </span>
                  </td>
                  <td>
                    <DeadlineCell offer={offer} today={today} />
                  </td>
                  <td className="num">
                    {money(firstYear, offer.currency)}
                    {home !== null ? <div className="muted small">≈ {money(home, state.homeCurrency)}</div> : null}
                  </td>
                  <td className="offers-table__actions no-print">
                    <button type="button" name="edit-offer-button" onClick={() => state.showOffersScreen({ kind: 'edit', offerId: offer.id })}>
                      {t('offers.ui.edit')}
                    </button>
                    <button type="button" name="duplicate-offer" onClick={() => state.duplicateOffer(offer.id, t('offers.ui.copySuffix'))}>
                      {t('offers.ui.duplicate')}
                    </button>
                    <button type="button" name={offer.isArchived ? 'unarchive-offer' : 'archive-offer'} onClick={() => state.setOfferArchived(offer.id, !offer.isArchived)}>
                      {offer.isArchived ? t('offers.ui.unarchive') : t('offers.ui.archive')}
                    </button>
                    <button type="button" className="danger" name="delete-offer" onClick={() => state.deleteOffer(offer.id)}>
                      {t('offers.ui.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
            {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
          </tbody>
        </table>
      </div>
    </section>
  );
}
