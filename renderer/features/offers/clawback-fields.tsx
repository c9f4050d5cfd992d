import { useTranslation } from 'react-i18next';
import { monthSchema } from '../../../shared/offers/schema-primitives';
import type { EditPath } from '../../../shared/offers/edit-path';
import { setIn } from '../../../shared/offers/edit-path';
import type { Clawback, Offer } from '../../../shared/offers/schema';
import { OfferChoice, OfferWholeInput } from './offer-fields';

const KINDS = ['none', 'full', 'proRata'] as const;

/** Clawback kind and the month before which leaving triggers it; choosing a kind proposes month 12. */
export function ClawbackFields({ offer, path, clawback }: { offer: Offer; path: EditPath; clawback: Clawback }) {
  const { t } = useTranslation();
  return (
    <>
      <OfferChoice
        offer={offer}
        path={[...path, 'kind']}
        label={t('offers.ui.clawback')}
        options={KINDS.map((kind) => ({ value: kind, label: t(`offers.ui.clawback.${kind}`) }))}
        apply={(current, kind) => setIn(current, path, { kind, untilMonth: kind !== 'none' && clawback.untilMonth < 1 ? 12 : clawback.untilMonth })}
      />
      {clawback.kind !== 'none' ? (
        <OfferWholeInput offer={offer} path={[...path, 'untilMonth']} label={t('offers.ui.clawbackUntil')} schema={monthSchema} hint={t('offers.ui.clawbackUntilHint')} />
      ) : null}
    </>
  );
}
