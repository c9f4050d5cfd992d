import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { parseOptionalInteger } from '../../components/field-parsers';
import { TextField } from '../../components/text-field';
import { reminderSettingsOf } from '../../../shared/reminders/reminder-settings';
import { ReminderSettingsSchema } from '../../../shared/reminders/schema';
import { usePlanner } from '../../store';

const fields = ReminderSettingsSchema.shape;
const formatNumber = (value: number) => String(value);

/** Reminders on or off, and how far ahead they warn. */
export function ReminderSettingsCard() {
  const { t } = useTranslation();
  const { settings, update } = usePlanner(useShallow((s) => ({ settings: reminderSettingsOf(s.document!), update: s.updateReminderSettings })));
  return (
    <section className="card" aria-labelledby="reminders-title" data-testid="reminder-settings">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <p className="muted">{t('reminders.intro')}</p>
      <label className="checkbox-field">
        <input type="checkbox" name="reminders.isEnabled" checked={settings.isEnabled} onChange={(event) => update({ isEnabled: event.target.checked })} /> {t('reminders.enabled')}
      </label>
      <div className="form-grid">
        <TextField
          name="reminders.deadlineDaysAhead"
          label={t('reminders.deadlineDaysAhead')}
          inputMode="numeric"
          value={settings.deadlineDaysAhead}
          format={formatNumber}
          parse={parseOptionalInteger(fields.deadlineDaysAhead)}
          onCommit={(deadlineDaysAhead) => update({ deadlineDaysAhead })}
        />
        <TextField
          name="reminders.documentDaysAhead"
          label={t('reminders.documentDaysAhead')}
          inputMode="numeric"
          value={settings.documentDaysAhead}
          format={formatNumber}
          parse={parseOptionalInteger(fields.documentDaysAhead)}
          onCommit={(documentDaysAhead) => update({ documentDaysAhead })}
        />
      </div>
    </section>
  );
}
