import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestDestination } from '../../../shared/overview/destination-suggestion';
import { usePlanner } from '../../store';
import { regionName } from '../../i18n/region-name';

/** "All 3 of your open offers are in China. [Set China as the destination]" while no destination is set. */
export function DestinationSuggestion() {
  const { t, i18n } = useTranslation();
  const document = usePlanner((s) => s.document!);
  const updateMove = usePlanner((s) => s.updateMove);
  const suggestion = useMemo(() => suggestDestination(document), [document]);
  if (!suggestion) return null;
  const country = regionName(suggestion.country, i18n.language);
  return (
    <p className="small" data-testid="destination-suggestion">
      {t('move.suggestDestination', { count: suggestion.offerCount, country })}{' '}
      <button type="button" className="link-button" onClick={() => updateMove({ destinationCountry: suggestion.country })}>
        {t('move.useSuggestedDestination', { country })}
      </button>
    </p>
  );
}
