import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { CURRENCY_CODES } from '../../../shared/money/currencies';
import { DEGREES, profileFieldChecks, US_TAX_STATUSES } from '../../../shared/plan/profile-values';
import { parseOptionalInteger, parseText } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useCountryOptions } from '../../components/country-options';
import { usePlanner } from '../../store';

const fields = profileFieldChecks;
const formatOptionalNumber = (value: number | null) => (value === null ? '' : String(value));
const identity = (value: string) => value;

export function ProfileForm() {
  const { t, i18n } = useTranslation();
  const { profile, updateProfile } = usePlanner(useShallow((s) => ({ profile: s.document!.profile, updateProfile: s.updateProfile })));
  const countries = useCountryOptions(i18n.language);
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <div className="form-grid">
        <TextField name="profile.displayName" label={t('profile.displayName')} value={profile.displayName} format={identity} parse={parseText(fields.displayName)} onCommit={(displayName) => updateProfile({ displayName })} />
        <SelectField name="profile.citizenship" label={t('profile.citizenship')} value={profile.citizenship} options={countries} isOptional onCommit={(citizenship) => updateProfile({ citizenship })} />
        <SelectField name="profile.homeCountry" label={t('profile.homeCountry')} value={profile.homeCountry} options={countries} isOptional onCommit={(homeCountry) => updateProfile({ homeCountry })} />
        <SelectField
          name="profile.usTaxStatus"
          label={t('tax.ui.usAbroad.question')}
          hint={t('tax.ui.usAbroad.questionHint')}
          value={profile.usTaxStatus ?? null}
          options={US_TAX_STATUSES.map((status) => ({ value: status, label: t(`tax.ui.usTaxStatus.${status}`) }))}
          isOptional
          onCommit={(usTaxStatus) => updateProfile(usTaxStatus === null ? { usTaxStatus: undefined } : { usTaxStatus })}
        />
        <TextField name="profile.homeCity" label={t('profile.homeCity')} value={profile.homeCity} format={identity} parse={parseText(fields.homeCity)} onCommit={(homeCity) => updateProfile({ homeCity })} />
        <SelectField
          name="profile.homeCurrency"
          label={t('profile.homeCurrency')}
          hint={t('profile.homeCurrencyHint')}
          value={profile.homeCurrency}
          options={CURRENCY_CODES.map((code) => ({ value: code, label: code }))}
          onCommit={(homeCurrency) => homeCurrency && updateProfile({ homeCurrency })}
        />
        <TextField name="profile.birthYear" label={t('profile.birthYear')} inputMode="numeric" value={profile.birthYear} format={formatOptionalNumber} parse={parseOptionalInteger(fields.birthYear)} onCommit={(birthYear) => updateProfile({ birthYear })} />
        <SelectField
          name="profile.highestDegree"
          label={t('profile.highestDegree')}
          value={profile.highestDegree}
          isOptional
          options={DEGREES.map((degree) => ({ value: degree, label: t(`degree.${degree}`) }))}
          onCommit={(highestDegree) => updateProfile({ highestDegree })}
        />
        <TextField name="profile.yearsExperience" label={t('profile.yearsExperience')} inputMode="numeric" value={profile.yearsExperience} format={formatOptionalNumber} parse={parseOptionalInteger(fields.yearsExperience)} onCommit={(yearsExperience) => updateProfile({ yearsExperience })} />
      </div>
    </section>
  );
}
