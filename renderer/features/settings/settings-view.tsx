import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AppInfo } from '../../../shared/contract/operations';
import { INTERFACE_LANGUAGES } from '../../../shared/plan/profile-schema';
import { planner } from '../../api/planner';
import { SelectField } from '../../components/select-field';
import { EncryptionCard } from '../plan-files/encryption-card';
import { PlanFilesCard } from '../plan-files/plan-files-card';
import { PlansCard } from '../plan-files/plans-card';
import { usePlanner } from '../../store';
import { BackupsCard } from '../backups/backups-card';
import { ReminderSettingsCard } from './reminder-settings';
import { AppearanceCard } from '../appearance/appearance-card';

export default function SettingsView() {
  const { t } = useTranslation();
  const { language, storage, updateProfile } = usePlanner(
    useShallow((s) => ({ language: s.document!.profile.interfaceLanguage, storage: s.storage, updateProfile: s.updateProfile })),
  );
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void planner()
      .getAppInfo({})
      .then((result) => result.ok && setInfo(result.value));
  }, []);
  return (
    <div className="view" data-testid="view-settings">
      <header className="view__header">
        <h1>{t('settings.title')}</h1>
      </header>
      <section className="card">
        <SelectField
          name="profile.interfaceLanguage"
          label={t('settings.language')}
          value={language}
          options={INTERFACE_LANGUAGES.map((code) => ({ value: code, label: t(`language.${code}`) }))}
          onCommit={(interfaceLanguage) => interfaceLanguage && updateProfile({ interfaceLanguage })}
        />
      </section>
      <AppearanceCard />
      <ReminderSettingsCard />
      <PlansCard />
      <PlanFilesCard />
      <EncryptionCard />
      <section className="card">
        <h2>{t('settings.data')}</h2>
        <p>{t('settings.dataBody')}</p>
        <p>
          <strong>{t('settings.dataFolder')}:</strong> <code data-testid="data-folder">{storage?.dataDir}</code>
        </p>
        <p className="muted">{t('settings.backup')}</p>
        <button type="button" onClick={() => void planner().openDataFolder({})}>
          {t('settings.openFolder')}
        </button>
        {info ? <p className="muted">{t('settings.version', { version: info.version })}</p> : null}
      </section>
      <BackupsCard />
    </div>
  );
}
