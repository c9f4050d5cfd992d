import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { appearanceOf, THEME_CHOICES } from '../../../shared/appearance/appearance';
import { usePlanner } from '../../store';

/** System, light or dark: three radio buttons (arrow keys move between them). */
export function AppearanceCard() {
  const { t } = useTranslation();
  const id = useId();
  const { theme, update } = usePlanner(useShallow((s) => ({ theme: appearanceOf(s.document).theme, update: s.updateAppearance })));
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="appearance-settings">
      <h2 id={`${id}-title`}>{t('appearance.title')}</h2>
      <fieldset className="appearance-choices" aria-describedby={`${id}-hint`}>
        <legend className="field__label">{t('appearance.theme')}</legend>
        {THEME_CHOICES.map((choice) => (
          <label key={choice} className="radio">
            <input type="radio" name="appearance.theme" value={choice} checked={theme === choice} onChange={() => update({ theme: choice })} />
            {t(`appearance.theme.${choice}`)}
          </label>
        ))}
      </fieldset>
      <p id={`${id}-hint`} className="field__hint">
        {t('appearance.hint')}
      </p>
    </section>
  );
}
