import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCycle, type ItemError } from '../../../shared/checklists/dependencies';
import { textIn } from '../../../shared/checklists/localized-text';
import { statusLabelKey } from '../../../shared/checklists/message-keys';
import type { ChecklistItem } from '../../../shared/checklists/schema';
import { usePlanner } from '../../store';
import { useInterfaceLanguage } from '../../i18n/interface-language';

interface BlockedByEditorProps {
  checklistId: string;
  item: ChecklistItem;
  items: readonly ChecklistItem[];
}

/** What this item waits for. A link that would close a circle is refused at the field, and nothing is saved. */
export function BlockedByEditor({ checklistId, item, items }: BlockedByEditorProps) {
  const { t } = useTranslation();
  const locale = useInterfaceLanguage();
  const id = useId();
  const changeBlockedBy = usePlanner((s) => s.changeBlockedBy);
  const [error, setError] = useState<ItemError | null>(null);
  const titleOf = (candidate: Pick<ChecklistItem, 'title'>) => textIn(candidate.title, locale);
  const blockers = item.blockedBy.map((blockerId) => items.find((candidate) => candidate.id === blockerId)).filter((found) => found !== undefined);
  const candidates = items.filter((candidate) => candidate.id !== item.id && !item.blockedBy.includes(candidate.id));

  const apply = (next: readonly string[]) => {
    const result = changeBlockedBy(checklistId, item.id, next);
    setError(result.ok ? null : result.error);
  };
  const errorText = (problem: ItemError) => {
    const cycle = problem.params?.cycle;
    if (Array.isArray(cycle)) return t(problem.key, { cycle: describeCycle(cycle.map(String), items, locale) });
    return t(problem.key, problem.params);
  };

  return (
    <fieldset className={`blocked-editor${error ? ' field--invalid' : ''}`}>
      <legend>{t('checklists.ui.blocked.title')}</legend>
      {blockers.length === 0 ? <p className="muted">{t('checklists.blocked.none')}</p> : null}
      <ul className="blocked-editor__list">
        {blockers.map((blocker) => (
          <li key={blocker.id} data-blocker={blocker.templateItemKey ?? blocker.id}>
            <span>{titleOf(blocker)}</span>
            <span className="muted"> · {t(statusLabelKey(blocker.status))}</span>
            <button type="button" className="link-button" onClick={() => apply(item.blockedBy.filter((other) => other !== blocker.id))}>
              {t('checklists.ui.blocked.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor={id}>{t('checklists.ui.blocked.add')}</label>
        <select
          id={id}
          name="item.blockedBy.add"
          value=""
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            if (event.target.value) apply([...item.blockedBy, event.target.value]);
          }}
        >
          <option value="">{t('field.choose')}</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {titleOf(candidate)}
            </option>
          ))}
        </select>
        {error ? (
          <div className="field__error" id={`${id}-error`} role="alert" data-field-error="item.blockedBy">
            {errorText(error)}
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
