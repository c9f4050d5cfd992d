import { useTranslation } from 'react-i18next';
import { MoveForm } from './move-form';
import { ProfileForm } from './profile-form';
import { TimelineCard } from './timeline-card';

export default function OverviewView() {
  const { t } = useTranslation();
  return (
    <div className="view" data-testid="view-overview">
      <header className="view__header">
        <h1>{t('overview.title')}</h1>
        <p className="muted">{t('overview.intro')}</p>
      </header>
      <TimelineCard />
      <ProfileForm />
      <MoveForm />
    </div>
  );
}
