import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';

export default function OffersView() {
  const { t } = useTranslation();
  return (
    <div className="view" data-testid="view-offers">
      <EmptyState testId="empty-offers" title={t('empty.offers.title')} body={t('empty.offers.body')} />
    </div>
  );
}
