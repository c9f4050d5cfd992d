import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';

export default function ChecklistsView() {
  const { t } = useTranslation();
  return (
    <div className="view" data-testid="view-checklists">
      <EmptyState testId="empty-checklists" title={t('empty.checklists.title')} body={t('empty.checklists.body')} />
    </div>
  );
}
