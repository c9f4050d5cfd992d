import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseOfferChecklist, destinationCountryOf, routeTemplateId } from '../../../shared/decision/choose-offer';
import { findTemplate } from '../../../shared/checklists/templates/index';
import { textIn } from '../../../shared/checklists/localized-text';
import { regionName } from '../../i18n/region-name';
import { usePlanner } from '../../store';
import { useDecisionFormat } from './format';

/** "Choose this offer": asks first (saying what will change), then applies it as one change. */
export function ChooseOffer({ offerId }: { offerId: string }) {
  const { t, i18n } = useTranslation();
  const f = useDecisionFormat();
  const document = usePlanner((s) => s.document);
  const chooseOffer = usePlanner((s) => s.chooseOffer);
  const [isAsking, setAsking] = useState(false);
  const [isCreating, setCreating] = useState(true);
  const [chosen, setChosen] = useState<string | null>(null);
  const offer = document?.offers.find((item) => item.id === offerId);
  if (!document || !offer) return null;
  const checklist = chooseOfferChecklist(document, offer);
  const templateId = routeTemplateId(offer);
  const template = templateId ? findTemplate(templateId) : undefined;
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const country = destinationCountryOf(offer);
  const countryName = country ? regionName(country, i18n.language) : '';
  const place = [offer.city.trim(), countryName].filter(Boolean).join(t('text.placeSeparator'));
  if (!isAsking) {
    return (
      <>
        <button type="button" className="primary" name="choose-offer" onClick={() => setAsking(true)}>
          {t('decision.chooseNamed', { company: offer.company })}
        </button>
        {chosen ? (
          <span role="status" className="offers-outcome" data-testid="choose-outcome">
            {t('decision.chosen', { company: chosen })}
          </span>
        ) : null}
      </>
    );
  }
  return (
    <div className="decision-choose" role="dialog" aria-label={t('decision.chooseTitle', { company: offer.company })} data-testid="choose-dialog">
      <strong>{t('decision.chooseTitle', { company: offer.company })}</strong>
      <p className="small">{t('decision.chooseExplain', { place: place || '—', date: f.date(offer.startDate) })}</p>
      {checklist === 'create' && template ? (
        <label className="offers-checkbox">
          <input type="checkbox" name="choose.createChecklist" checked={isCreating} onChange={(event) => setCreating(event.target.checked)} />
          {t('decision.chooseChecklist', { route: textIn(template.title, locale) })}
        </label>
      ) : null}
      {checklist === 'reanchor' ? <p className="muted small">{t('decision.chooseReanchor')}</p> : null}
      <div className="offers-actions">
        <button
          type="button"
          className="primary"
          name="choose-confirm"
          onClick={() => {
            if (chooseOffer(offerId, checklist === 'create' && isCreating)) setChosen(offer.company);
            setAsking(false);
          }}
        >
          {t('decision.chooseConfirm')}
        </button>
        <button type="button" name="choose-cancel" onClick={() => setAsking(false)}>
          {t('decision.chooseCancel')}
        </button>
      </div>
    </div>
  );
}
