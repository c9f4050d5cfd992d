import { useTranslation } from 'react-i18next';
import { textIn } from '../../../shared/checklists/localized-text';
import { anchorLabelKey } from '../../../shared/checklists/message-keys';
import type { ChecklistItem, PlanAnchors, Validity } from '../../../shared/checklists/schema';
import { checkItemValidity } from '../../../shared/checklists/validity';
import { TextField } from '../../components/text-field';
import { useInterfaceLanguage } from '../../i18n/interface-language';
import { formatOptional, parseOptionalIsoDate } from './field-parsers';
import { ValidityMessage } from './validity-message';

interface ValidityEditorProps {
  item: ChecklistItem;
  items: readonly ChecklistItem[];
  anchors: PlanAnchors;
  onChange: (validity: Validity) => void;
}

/** A document's validity window: its rule, when it is needed, the person's issue or expiry date, and the verdict. */
export function ValidityEditor({ item, items, anchors, onChange }: ValidityEditorProps) {
  const { t } = useTranslation();
  const locale = useInterfaceLanguage();
  const { validity } = item;
  if (!validity) return null;
  const neededBy = validity.neededBy;
  const neededByText =
    neededBy === null
      ? t('checklists.ui.validity.neededByNotSet')
      : neededBy.kind === 'anchor'
        ? t(anchorLabelKey(neededBy.anchor))
        : textIn(items.find((candidate) => candidate.id === neededBy.itemId)?.title ?? '', locale);
  return (
    <fieldset className="validity-editor">
      <legend>{t('checklists.ui.validity.title')}</legend>
      <p className="muted">
        {validity.basis === 'issue-date'
          ? t('checklists.validity.fromIssue', { count: validity.months })
          : t('checklists.validity.pastNeed', { count: validity.validMonthsPast })}
        {' · '}
        {t('checklists.ui.validity.neededBy', { what: neededByText })}
      </p>
      <div className="form-grid">
        {validity.basis === 'issue-date' ? (
          <TextField
            name="item.validity.issuedOn"
            label={t('checklists.validity.issuedOn')}
            isDate
            value={validity.issuedOn}
            format={formatOptional}
            parse={parseOptionalIsoDate}
            onCommit={(issuedOn) => onChange({ ...validity, issuedOn })}
          />
        ) : (
          <TextField
            name="item.validity.expiresOn"
            label={t('checklists.validity.expiresOn')}
            isDate
            value={validity.expiresOn}
            format={formatOptional}
            parse={parseOptionalIsoDate}
            onCommit={(expiresOn) => onChange({ ...validity, expiresOn })}
          />
        )}
      </div>
      <ValidityMessage check={checkItemValidity(item, items, anchors)} />
    </fieldset>
  );
}
