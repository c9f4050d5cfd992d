import { useTranslation } from 'react-i18next';

/**
 * The head of one item in the offer editor (a payment, grant, allowance or subsidy): its name, and the one
 * place its Remove button lives, top right, named after the item for screen readers.
 */
export function ItemHeader({ title, onRemove }: { title: string; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="offers-subcard__header">
      <h3>{title}</h3>
      <button type="button" className="link-button offers-remove" name="remove-item" aria-label={t('decision.editor.removeItem', { item: title })} onClick={onRemove}>
        {t('offers.ui.remove')}
      </button>
    </div>
  );
}
