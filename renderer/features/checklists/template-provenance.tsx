import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/checklists/schema';
import { sourceTitle } from '../../../shared/sources';
import { useDates } from '../../i18n/use-dates';

interface ProvenanceProps {
  sources: readonly Source[];
  reviewedOn: string | null;
  version?: number | null;
}

/** Where a template's facts come from and when they were last checked against those sources. */
export function TemplateProvenance({ sources, reviewedOn, version }: ProvenanceProps) {
  const { t } = useTranslation();
  const dates = useDates();
  if (sources.length === 0 && !reviewedOn) return null;
  return (
    <div className="provenance" data-testid="template-provenance">
      <div className="provenance__meta">
        {reviewedOn ? <span data-reviewed-on={reviewedOn}>{t('checklists.template.reviewedOn', { date: dates.date(reviewedOn) })}</span> : null}
        {version ? <span>{t('checklists.template.version', { version })}</span> : null}
      </div>
      {sources.length > 0 ? (
        <>
          <div className="provenance__title">{t('checklists.template.sources')}</div>
          <ul className="provenance__sources">
            {sources.map((source) => (
              <li key={source.title}>
                {sourceTitle(source, dates.locale)}
                <span className="muted"> · {source.date ? dates.partial(source.date) : t('checklists.template.undatedSource')}</span>
                {source.url ? <span className="provenance__url"> · {source.url}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
