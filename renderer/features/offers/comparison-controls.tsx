import { useTranslation } from 'react-i18next';
import { MAX_HORIZON_YEARS, MIN_HORIZON_YEARS } from '../../../shared/offers/limits';
import { COMPARISON_VIEWS, type ComparisonSettings } from '../../../shared/offers/schema';
import type { CurrencyCode } from '../../../shared/money';
import { usePlanner } from '../../store';

const HORIZONS = Array.from({ length: MAX_HORIZON_YEARS - MIN_HORIZON_YEARS + 1 }, (_, index) => MIN_HORIZON_YEARS + index);

/** Horizon and first-year/average switch; the home currency is the profile's and is changed there. */
export function ComparisonControls({ settings, homeCurrency }: { settings: ComparisonSettings; homeCurrency: CurrencyCode }) {
  const { t } = useTranslation();
  const updateComparison = usePlanner((s) => s.updateComparison);
  return (
    <section className="card offers-controls" aria-label={t('offers.ui.settings')}>
      <div className="offers-controls__row">
        <div className="field">
          <span className="offers-label">{t('offers.ui.homeCurrency')}</span>
          <strong data-testid="home-currency">{homeCurrency}</strong>
          <span className="field__hint no-print">{t('offers.ui.homeCurrencyHint')}</span>
        </div>
        <label className="field">
          <span className="offers-label">{t('offers.ui.horizon')}</span>
          <select
            name="comparison.horizonYears"
            value={settings.horizonYears}
            onChange={(event) => updateComparison((current) => ({ ...current, horizonYears: Number(event.target.value) }))}
          >
            {HORIZONS.map((years) => (
              <option key={years} value={years}>
                {t('offers.ui.years', { count: years })}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <span className="offers-label">{t('offers.ui.viewSwitch')}</span>
          <div className="offers-segmented" role="radiogroup">
            {COMPARISON_VIEWS.map((view) => (
              <label key={view} className={settings.view === view ? 'offers-segmented--active' : ''}>
                <input
                  type="radio"
                  name="comparison.view"
                  value={view}
                  checked={settings.view === view}
                  onChange={() => updateComparison((current) => ({ ...current, view }))}
                />
                {t(`offers.ui.view.${view}`)}
              </label>
            ))}
          </div>
        </div>
      </div>
    </section>
  );
}
