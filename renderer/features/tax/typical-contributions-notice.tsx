import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingChinaContributions, uncappedChinaContributions, withTypicalContributions, type ContributionField } from '../../../shared/offer-tax/typical-contributions';
import { TAX_MAX_AMOUNT_MINOR, type TaxSettings } from '../../../shared/tax/schema';
import { TextField } from '../../components/text-field';
import { formatMinorForField } from './format';
import { moneyParser } from './tax-field-parsers';
import { useSaveTaxSettings } from './use-offer-tax';

const formatCap = (value: number | null) => (value === null ? '' : formatMinorForField(value, 'CNY'));
const parseCap = moneyParser<number | null>('CNY', (minor) =>
  minor !== null && minor > TAX_MAX_AMOUNT_MINOR ? { ok: false, messageKey: 'tax.validation.amountTooLarge' } : { ok: true, value: minor },
  true,
);

/**
 * A China model with social insurance or the housing fund at "none" overstates take-home: say so, and offer
 * the typical rates in one click (the cap stays empty unless the person knows it). Shown in the tax panel
 * and, for the printout too, above the offer's after-tax table.
 */
export function TypicalContributionsNotice({ offerId, settings, name }: { offerId: string; settings: TaxSettings | null; name: string }) {
  const { t } = useTranslation();
  const save = useSaveTaxSettings(offerId);
  const [capMinor, setCapMinor] = useState<number | null>(null);
  const missing = missingChinaContributions(settings);
  const uncapped = uncappedChinaContributions(settings);
  const list = (fields: ContributionField[]) => fields.map((field) => t(`tax.ui.fieldList.${field}`)).join(t('tax.ui.listSeparator'));
  if (!settings) return null;
  if (missing.length === 0) {
    return uncapped.length > 0 ? (
      <p className="tax-notice tax-notice--quiet" data-testid="contributions-uncapped">
        {t('tax.ui.contributionsUncapped', { fields: list(uncapped) })}
      </p>
    ) : null;
  }
  return (
    <div className="tax-notice" role="note" data-testid="contributions-notice">
      <p>
        <strong>⚠ {t('tax.ui.contributionsMissingTitle')}</strong> {t('tax.ui.contributionsMissing', { fields: list(missing) })}
      </p>
      <div className="tax-notice__action no-print">
        <TextField<number | null>
          name={`${name}.typicalCap`}
          label={t('tax.ui.typicalCap')}
          hint={t('tax.ui.typicalCapHint')}
          inputMode="decimal"
          value={capMinor}
          format={formatCap}
          parse={parseCap}
          onCommit={setCapMinor}
        />
        <button type="button" className="primary" name={`${name}.useTypical`} onClick={() => save(withTypicalContributions(settings, capMinor))}>
          {t('tax.ui.useTypical')}
        </button>
      </div>
    </div>
  );
}
