import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseOfferChecklist, destinationCountryOf, routeTemplateId } from '../../../shared/decision/choose-offer';
import { findTemplate } from '../../../shared/checklists/templates/index';
import { textIn } from '../../../shared/checklists/localized-text';
import { regionName } from '../../i18n/region-name';
import { usePlanner } from '../../store';
import { focusWhenShown } from '../../components/focus';
import { useDecisionFormat } from './format';
import { interfaceLanguageOf } from '../../i18n/interface-language';

/** Where the focus goes back to when the question closes: the button that asked it (drawn again by then). */
const CHOOSE_BUTTON = 'button[name="choose-offer"]';

/**
 * "Choose this offer": asks first (saying what will change), then applies it as one change. The question
 * takes the button's place, inline (it is one small undoable step, not worth a modal): the focus moves into
 * it when it opens, Escape is "no", and the focus goes back to the button after any answer, so someone on
 * the keyboard is never left on the page's start.
 */
export function ChooseOffer({ offerId }: { offerId: string }) {
  const { t, i18n } = useTranslation();
  const f = useDecisionFormat();
  const document = usePlanner((s) => s.document);
  const chooseOffer = usePlanner((s) => s.chooseOffer);
  const [isAsking, setAsking] = useState(false);
  const [isCreating, setCreating] = useState(true);
  const [chosen, setChosen] = useState<string | null>(null);
  const titleId = useId();
  const questionRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Into the question: its first control (the checklist box, else "Choose").
    if (isAsking) questionRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, [isAsking]);
  const close = () => {
    setAsking(false);
    focusWhenShown(CHOOSE_BUTTON);
  };
  const offer = document?.offers.find((item) => item.id === offerId);
  if (!document || !offer) return null;
  const checklist = chooseOfferChecklist(document, offer);
  const templateId = routeTemplateId(offer);
  const template = templateId ? findTemplate(templateId) : undefined;
  const locale = interfaceLanguageOf(i18n.language);
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
    <div
      ref={questionRef}
      className="decision-choose"
      role="dialog"
      aria-labelledby={titleId}
      data-testid="choose-dialog"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Only this question closes: the app's own Escape handlers (search, notices) are not for it.
        event.stopPropagation();
        close();
      }}
    >
      <strong id={titleId}>{t('decision.chooseTitle', { company: offer.company })}</strong>
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
            close();
          }}
        >
          {t('decision.chooseConfirm')}
        </button>
        <button type="button" name="choose-cancel" onClick={close}>
          {t('decision.chooseCancel')}
        </button>
      </div>
    </div>
  );
}
