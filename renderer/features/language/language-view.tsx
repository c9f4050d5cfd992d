import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';

export default function LanguageView() {
  const { t } = useTranslation();
  return (
    <div className="view" data-testid="view-language">
      <EmptyState testId="empty-language" title={t('empty.language.title')} body={t('empty.language.body')} />
    </div>
  );
}
