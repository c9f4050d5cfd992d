import { useTranslation } from 'react-i18next';
import { countdowns, type Countdown } from '../../../shared/overview/plan-progress';
import type { IsoDate } from '../../../shared/dates/iso-date';
import { usePlanner } from '../../store';
import { useEntryText } from '../timeline/entry-text';

function CountdownTile({ id, countdown, caption }: { id: string; countdown: Countdown | null; caption: string }) {
  const { t } = useTranslation();
  const text = useEntryText();
  return (
    <div className="countdown-tile" data-testid={`countdown-${id}`} data-days={countdown?.days ?? ''}>
      <div className="countdown-tile__value">
        {countdown === null
          ? t('overview.ui.countdown.notSet')
          : countdown.days === 0
            ? t('overview.ui.countdown.today')
            : countdown.days > 0
              ? t('overview.ui.countdown.days', { count: countdown.days })
              : t('overview.ui.countdown.past', { count: -countdown.days })}
      </div>
      <div className="countdown-tile__caption">{caption}</div>
      <div className="countdown-tile__date muted small">{countdown ? text.date(countdown.date) : t('overview.ui.countdown.setDates')}</div>
    </div>
  );
}

/** Days to the move and to the first day at work: the two dates everything else hangs on. */
export function Countdowns({ today }: { today: IsoDate }) {
  const { t } = useTranslation();
  const document = usePlanner((s) => s.document!);
  const { move, start } = countdowns(document, today);
  return (
    <div className="countdowns">
      <CountdownTile id="move" countdown={move} caption={t('overview.ui.countdown.move')} />
      <CountdownTile id="start" countdown={start} caption={t('overview.ui.countdown.start')} />
    </div>
  );
}
