import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorOrderWarnings } from '../../../shared/checklists/due-dates';
import { anchorLabelKey } from '../../../shared/checklists/message-keys';
import { isMoveAnchor } from '../../../shared/checklists/plan-anchors';
import { ANCHOR_KEYS } from '../../../shared/checklists/checklist-values';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';
import { usePlanAnchors } from './checklist-hooks';
import { formatOptional, parseOptionalIsoDate } from './field-parsers';

/** The plan's key dates. Every relative deadline counts from one of them, so changing one moves them all. Memoised: it reads the dates only. */
export const AnchorsPanel = memo(function AnchorsPanel() {
  const { t } = useTranslation();
  const anchors = usePlanAnchors();
  const setPlanAnchor = usePlanner((s) => s.setPlanAnchor);
  const warnings = anchorOrderWarnings(anchors);
  return (
    <section className="card anchors no-print" aria-labelledby="anchors-title" data-testid="anchors-panel">
      <h2 id="anchors-title">{t('checklists.ui.anchors.title')}</h2>
      <p className="muted anchors__intro">{t('checklists.ui.anchors.intro')}</p>
      <div className="anchors__grid">
        {ANCHOR_KEYS.map((anchor) => (
          <TextField
            key={anchor}
            name={`anchors.${anchor}`}
            label={t(anchorLabelKey(anchor))}
            isDate
            value={anchors[anchor] ?? null}
            format={formatOptional}
            parse={parseOptionalIsoDate}
            onCommit={(date) => setPlanAnchor(anchor, date)}
            hint={isMoveAnchor(anchor) ? t('checklists.ui.anchors.sharedWithOverview') : undefined}
          />
        ))}
      </div>
      {warnings.map((warning) => (
        <p key={`${warning.earlier}-${warning.later}`} className="banner banner--warn" role="status">
          {t(warning.key, { earlier: t(anchorLabelKey(warning.earlier)), later: t(anchorLabelKey(warning.later)) })}
        </p>
      ))}
    </section>
  );
});
