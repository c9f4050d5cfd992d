import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { AppInfo } from '../../../shared/contract/operations';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../../../shared/plan/profile-schema';
import { setInterfaceLanguage } from '../../i18n';
import { planner } from '../../api/planner';
import { SelectField } from '../../components/select-field';
import { EncryptionCard } from '../plan-files/encryption-card';
import { PlanFilesCard } from '../plan-files/plan-files-card';
import { PlansCard } from '../plan-files/plans-card';
import { usePlanner } from '../../store';
import { BackupsCard } from '../backups/backups-card';
import { ReminderSettingsCard } from './reminder-settings';
import { AppearanceCard } from '../appearance/appearance-card';
import { interfaceLanguageOf } from '../../i18n/interface-language';

export default function SettingsView() {
  const { t, i18n } = useTranslation();
  const { planLanguage, storage, updateProfile } = usePlanner(
    useShallow((s) => ({ planLanguage: s.document!.profile.interfaceLanguage, storage: s.storage, updateProfile: s.updateProfile })),
  );
  // In recovery mode the plan is a stand-in whose language is the default, while the screen keeps the language
  // of the last plan shown (i18n/boot-language.ts): the select names what is on screen, and a choice switches
  // the screen even where it leaves the stand-in's value as it was.
  const isRecovery = storage?.mode === 'recovery';
  const language = isRecovery ? interfaceLanguageOf(i18n.language) : planLanguage;
  const chooseLanguage = (interfaceLanguage: InterfaceLanguage) => {
    updateProfile({ interfaceLanguage });
    if (isRecovery) void setInterfaceLanguage(interfaceLanguage);
  };
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
          onCommit={(interfaceLanguage) => interfaceLanguage && chooseLanguage(interfaceLanguage)}
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
