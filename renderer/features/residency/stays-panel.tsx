import { useMemo, useState } from 'react';
import { attributeSelector, focusWhenShown } from '../../components/focus';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../shared/dates/iso-date';
import { stayToDraft, validateStayDraft, type StayDraft } from '../../../shared/residency/stay-draft';
import type { Stay } from '../../../shared/residency/schema';
import { usePlanner } from '../../store';
import { LanguageField } from '../language/language-field';
import { newId } from '../language/new-id';
import { formatDate } from './format-date';

const emptyDraft = (): StayDraft => ({ id: newId('stay'), entry: '', exit: '', isPlanned: false, note: '' });

function StayForm({ initial, stays, namePrefix, submitLabel, onDone }: { initial: StayDraft; stays: readonly Stay[]; namePrefix: string; submitLabel: string; onDone: (isSaved: boolean) => void }) {
  const { t } = useTranslation();
  const saveStay = usePlanner((s) => s.saveStay);
  const [draft, setDraft] = useState(initial);
  const [hasTried, setHasTried] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const result = useMemo(() => validateStayDraft(draft, stays), [draft, stays]);
  const field = (key: 'entry' | 'exit' | 'note') => ({
    name: `${namePrefix}.${key}`,
    value: draft[key],
    onChange: (value: string) => {
      setDraft((current) => ({ ...current, [key]: value }));
      setTouched((current) => new Set(current).add(key));
    },
    error: !result.ok && (hasTried || touched.has(key)) ? (result.errors[key] ?? null) : null,
  });
  return (
    <form
      className="residency-stay-form"
      onSubmit={(event) => {
        event.preventDefault();
        setHasTried(true);
        if (!result.ok) return;
        saveStay(result.value);
        onDone(true);
      }}
    >
      <LanguageField label={t('residency.field.entry')} isDate {...field('entry')} />
      <LanguageField label={t('residency.field.exit')} isDate hint={t('residency.field.exit.hint')} {...field('exit')} />
      <LanguageField label={t('residency.field.note')} {...field('note')} />
      <label className="checkbox residency-stay-form__planned">
        <input type="checkbox" name={`${namePrefix}.isPlanned`} checked={draft.isPlanned} onChange={(event) => setDraft({ ...draft, isPlanned: event.target.checked })} />{' '}
        {t('residency.field.isPlanned')}
      </label>
      <div className="residency-stay-form__actions">
        <button type="submit" className="primary" data-testid={`${namePrefix}-submit`}>
          {submitLabel}
        </button>
        {namePrefix !== 'stay' ? (
          <button type="button" onClick={() => onDone(false)}>
            {t('residency.ui.stays.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The log: add a stay, and each stay with its full days, planned tag, edit and remove. */
export function StaysPanel({ stays }: { stays: readonly Stay[] }) {
  const { t, i18n } = useTranslation();
  const removeStay = usePlanner((s) => s.removeStay);
  const [formKey, setFormKey] = useState(0);
  const [newDraft, setNewDraft] = useState(emptyDraft);
  const [editingId, setEditingId] = useState<string | null>(null);
  const ordered = [...stays].sort((a, b) => (a.entry < b.entry ? 1 : a.entry > b.entry ? -1 : 0));
  const d = (iso: string) => formatDate(iso, i18n.language);
  return (
    <section className="card" aria-labelledby="stays-title" data-testid="residency-stays">
      <h2 id="stays-title">{t('residency.ui.stays.title')}</h2>
      <StayForm
        key={formKey}
        initial={newDraft}
        stays={stays}
        namePrefix="stay"
        submitLabel={t('residency.ui.stays.add')}
        onDone={() => {
          setNewDraft(emptyDraft());
          setFormKey((k) => k + 1);
          // A fresh, empty form: the next trip starts at its entry date.
          focusWhenShown('[data-testid="residency-stays"] input[name="stay.entry"]');
        }}
      />
      <ul className="residency-stay-list">
        {ordered.map((stay) =>
          editingId === stay.id ? (
            <li key={stay.id} data-stay={stay.id}>
              <StayForm
                initial={stayToDraft(stay)}
                stays={stays}
                namePrefix="stay-edit"
                submitLabel={t('residency.ui.stays.save')}
                onDone={() => {
                  setEditingId(null);
                  focusWhenShown(`${attributeSelector('li', 'data-stay', stay.id)} button[name="stay-edit"]`);
                }}
              />
            </li>
          ) : (
            <li key={stay.id} data-stay={stay.id} className="residency-stay">
              <span className="residency-stay__dates">
                {d(stay.entry)} – {stay.exit ? d(stay.exit) : t('residency.ui.stays.stillThere')}
              </span>
              {stay.exit ? <span className="muted">{t('residency.ui.stays.fullDays', { count: Math.max(0, daysBetween(stay.entry, stay.exit) - 1) })}</span> : null}
              {stay.isPlanned ? <span className="tag">{t('residency.ui.stays.planned')}</span> : null}
              {stay.note ? <span className="muted">{stay.note}</span> : null}
              <span className="residency-stay__actions">
                <button
                  type="button"
                  name="stay-edit"
                  onClick={() => {
                    setEditingId(stay.id);
                    focusWhenShown(`${attributeSelector('li', 'data-stay', stay.id)} input[name="stay-edit.entry"]`);
                  }}
                >
                  {t('residency.ui.stays.edit')}
                </button>
                <button type="button" onClick={() => removeStay(stay.id)}>
                  {t('residency.ui.stays.remove')}
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}
