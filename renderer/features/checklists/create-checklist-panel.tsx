import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../shared/checklists/localized-text';
import { BUILT_IN_TEMPLATES } from '../../../shared/checklists/templates/index';
import { usePlanner } from '../../store';
import { useInterfaceLanguage } from '../../i18n/interface-language';
import { TemplateProvenance } from './template-provenance';
import { useDates } from '../../i18n/use-dates';

/** The template picker: each template with its description, sources and reviewed-on date. */
export function TemplatePicker({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const locale = useInterfaceLanguage();
  const addChecklistFromTemplate = usePlanner((s) => s.addChecklistFromTemplate);
  return (
    <section className="card template-picker" aria-labelledby="template-picker-title" data-testid="template-picker">
      <div className="template-picker__head">
        <h2 id="template-picker-title">{t('checklists.ui.create.pickTemplate')}</h2>
        <button type="button" onClick={onDone}>
          {t('checklists.ui.cancel')}
        </button>
      </div>
      <ul className="template-list">
        {BUILT_IN_TEMPLATES.map((template) => (
          <li key={template.id} className="template-card" data-template={template.id}>
            <div className="template-card__head">
              <h3>{textIn(template.title, locale)}</h3>
              <button
                type="button"
                className="primary"
                data-create-template={template.id}
                onClick={() => {
                  addChecklistFromTemplate(template.id);
                  onDone();
                }}
              >
                {t('checklists.ui.create.use')}
              </button>
            </div>
            <p className="muted">{textIn(template.description, locale)}</p>
            <p className="template-card__count">{t('checklists.ui.create.itemCount', { count: template.items.length })}</p>
            <details>
              <summary>{t('checklists.ui.create.sourcesSummary', { count: template.sources.length, date: dates.date(template.reviewedOn) })}</summary>
              <TemplateProvenance sources={template.sources} reviewedOn={template.reviewedOn} version={template.version} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Two ways to start: from a template or blank. Used by the empty state and by "New checklist". */
export const CreateChoices = memo(function CreateChoices({ onPickTemplate }: { onPickTemplate: () => void }) {
  const { t } = useTranslation();
  const addBlankChecklist = usePlanner((s) => s.addBlankChecklist);
  return (
    <div className="create-choices">
      <button type="button" className="primary" data-testid="create-from-template" onClick={onPickTemplate}>
        {t('checklists.ui.create.fromTemplate')}
      </button>
      <button type="button" data-testid="create-blank" onClick={() => addBlankChecklist(t('checklists.ui.create.blankTitle'))}>
        {t('checklists.template.blank')}
      </button>
    </div>
  );
});
