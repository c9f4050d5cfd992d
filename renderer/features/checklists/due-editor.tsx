import { useTranslation } from 'react-i18next';
import { relativeDueMessage } from '../../../shared/checklists/deadline-text';
import { resolveDueDate } from '../../../shared/checklists/due-dates';
import { anchorLabelKey } from '../../../shared/checklists/message-keys';
import { ANCHOR_KEYS } from '../../../shared/checklists/checklist-values';
import type { AnchorKey, Due, PlanAnchors } from '../../../shared/checklists/schema';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatNumber, parseOffsetDays, parseOffsetMonths, parseRequiredDate, identity } from './field-parsers';

const DUE_KINDS = ['none', 'fixed', 'relative'] as const;

interface DueEditorProps {
  due: Due;
  anchors: PlanAnchors;
  today: string;
  onChange: (due: Due) => void;
}

/** A due date that is fixed, or counted from one of the plan's key dates ("entry + 30 days"). */
export function DueEditor({ due, anchors, today, onChange }: DueEditorProps) {
  const { t } = useTranslation();
  const switchKind = (kind: Due['kind'] | null) => {
    if (!kind || kind === due.kind) return;
    if (kind === 'none') onChange({ kind: 'none' });
    if (kind === 'fixed') {
      // Keep the date the person was looking at, when there was one.
      const current = resolveDueDate({ due }, anchors);
      onChange({ kind: 'fixed', date: current.kind === 'date' ? current.date : today });
    }
    if (kind === 'relative') onChange({ kind: 'relative', anchor: 'entry', offsetDays: 0 });
  };
  const rule = due.kind === 'relative' ? relativeDueMessage(due, t(anchorLabelKey(due.anchor))) : null;
  return (
    <fieldset className="due-editor">
      <legend>{t('checklists.ui.item.due')}</legend>
      <div className="form-grid">
        <SelectField
          name="item.due.kind"
          label={t('checklists.ui.item.dueKind')}
          value={due.kind}
          options={DUE_KINDS.map((kind) => ({ value: kind, label: t(`checklists.due.${kind}`) }))}
          onCommit={switchKind}
        />
        {due.kind === 'fixed' ? (
          <TextField
            name="item.due.date"
            label={t('checklists.ui.item.dueDate')}
            isDate
            value={due.date}
            format={identity}
            parse={parseRequiredDate}
            onCommit={(date) => onChange({ kind: 'fixed', date })}
          />
        ) : null}
        {due.kind === 'relative' ? (
          <>
            <SelectField<AnchorKey>
              name="item.due.anchor"
              label={t('checklists.ui.item.dueAnchor')}
              value={due.anchor}
              options={ANCHOR_KEYS.map((anchor) => ({ value: anchor, label: t(anchorLabelKey(anchor)) }))}
              onCommit={(anchor) => anchor && onChange({ ...due, anchor })}
            />
            <TextField
              name="item.due.offsetDays"
              label={t('checklists.ui.item.offsetDays')}
              hint={t('checklists.ui.item.offsetHint')}
              inputMode="numeric"
              value={due.offsetDays}
              format={String}
              parse={parseOffsetDays}
              onCommit={(offsetDays) => onChange({ ...due, offsetDays })}
            />
            <TextField
              name="item.due.offsetMonths"
              label={t('checklists.ui.item.offsetMonths')}
              inputMode="numeric"
              value={due.offsetMonths ?? null}
              format={formatNumber}
              parse={parseOffsetMonths}
              onCommit={(offsetMonths) => {
                const { offsetMonths: _dropped, ...rest } = due;
                onChange(offsetMonths === null || offsetMonths === 0 ? rest : { ...rest, offsetMonths });
              }}
            />
          </>
        ) : null}
      </div>
      {rule ? <p className="due-editor__rule muted">{t(rule.key, rule.params)}</p> : null}
    </fieldset>
  );
}
