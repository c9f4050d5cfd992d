import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../shared/checklists/localized-text';
import { anchorLabelKey } from '../../../shared/checklists/message-keys';
import { daysBetween, parseIsoDate, type IsoDate } from '../../../shared/dates/iso-date';
import { formatMonthYear } from '../../../shared/dates/format-date';
import { timelineChart, type BandMark } from '../../../shared/timeline/checklist-bands';
import type { TimelineEntry } from '../../../shared/timeline/plan-timeline';
import { usePlanner } from '../../store';
import { entryTitle, useEntryText } from './entry-text';

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

function Mark({ mark, isHighlighted }: { mark: BandMark; isHighlighted: boolean }) {
  const text = useEntryText();
  const openTarget = usePlanner((s) => s.openTarget);
  const { what, context } = entryTitle(text, mark.entry);
  return (
    <button
      type="button"
      className={`chart-mark chart-mark--${mark.state} chart-mark--${mark.entry.kind}${isHighlighted ? ' chart-mark--highlight' : ''}`}
      style={{ left: pct(mark.position) }}
      title={`${text.date(mark.entry.date)} · ${what}${context ? ` · ${context}` : ''}`}
      aria-label={`${text.date(mark.entry.date)} ${what}`}
      data-chart-mark={mark.entry.id}
      data-date={mark.entry.date}
      onClick={() => openTarget(mark.entry.target)}
    />
  );
}

/**
 * A Gantt-like picture: one band per checklist from the day it was made to its last deadline, each date a
 * mark on it, the key dates as lines across. Pointing at a key date lights up every deadline hanging on it.
 */
export function TimelineChart({ entries, today }: { entries: readonly TimelineEntry[]; today: IsoDate }) {
  const { t } = useTranslation();
  const text = useEntryText();
  const document = usePlanner((s) => s.document!);
  const chart = useMemo(() => timelineChart(document, [...entries], today), [document, entries, today]);
  const [hoveredAnchor, setHoveredAnchor] = useState<string | null>(null);
  const highlighted = new Set(chart.anchors.find((line) => line.anchor === hoveredAnchor)?.dependentIds ?? []);
  const months = useMemo(() => {
    const labels: { date: IsoDate; position: number }[] = [];
    // Every month while it fits; every second or third over a long range.
    const step = Math.max(1, Math.ceil(daysBetween(chart.from, chart.to) / 30 / 14));
    const [fromYear, fromMonth] = chart.from.split('-').map(Number) as [number, number];
    for (let year = fromYear, month = fromMonth + 1; ; month += 1) {
      if (month > 12) {
        month = 1;
        year += 1;
      }
      const date = `${year}-${String(month).padStart(2, '0')}-01`;
      if (date > chart.to) break;
      if (labels.length > 0 && (month - 1) % step !== 0) continue;
      labels.push({ date, position: daysBetween(chart.from, date) / Math.max(1, daysBetween(chart.from, chart.to)) });
    }
    return labels;
  }, [chart.from, chart.to]);
  if (entries.length === 0) return null;
  return (
    <section className="card timeline-chart" aria-labelledby="timeline-chart-title" data-testid="timeline-chart">
      <h2 id="timeline-chart-title">{t('timeline.ui.chart.title')}</h2>
      <div className="chart">
        <div className="chart__labels">
          <div className="chart__axis-spacer" style={{ marginBottom: `${chart.anchors.length * 0.85}rem` }} />
          {chart.bands.map((band) => (
            <div key={band.checklistId} className="chart__label">
              {textIn(band.title, text.locale)}
            </div>
          ))}
          {chart.otherMarks.length > 0 ? <div className="chart__label">{t('timeline.ui.chart.other')}</div> : null}
        </div>
        <div className="chart__plot">
          <div className="chart__axis" style={{ marginBottom: `${chart.anchors.length * 0.85}rem` }}>
            {months.map((month) => (
              <span key={month.date} className="chart__month" style={{ left: pct(month.position) }}>
                {formatMonthYear(parseIsoDate(month.date)!, text.locale, 'axis')}
              </span>
            ))}
          </div>
          {months.map((month) => (
            <div key={`grid-${month.date}`} className="chart__gridline" style={{ left: pct(month.position) }} />
          ))}
          {chart.anchors.map((line, index) => (
            <div
              key={line.anchor}
              className={`chart__anchor${hoveredAnchor === line.anchor ? ' chart__anchor--active' : ''}`}
              style={{ left: pct(line.position) }}
              data-chart-anchor={line.anchor}
              data-date={line.date}
              title={`${t(anchorLabelKey(line.anchor))} · ${text.date(line.date)} · ${t('timeline.ui.chart.dependents', { count: line.dependentIds.length })}`}
              onMouseEnter={() => setHoveredAnchor(line.anchor)}
              onMouseLeave={() => setHoveredAnchor(null)}
            >
              <span className="chart__anchor-label" style={{ top: `${1.7 + index * 0.85}rem` }}>
                {t(anchorLabelKey(line.anchor))}
              </span>
            </div>
          ))}
          <div className="chart__today" style={{ left: pct(chart.todayPosition) }} data-testid="chart-today" title={t('timeline.ui.todayMark', { date: text.date(today) })} />
          {chart.bands.map((band) => (
            <div key={band.checklistId} className="chart__row" data-chart-band={band.checklistId}>
              <div className="chart__band" style={{ left: pct(band.startPosition), width: pct(Math.max(0.004, band.endPosition - band.startPosition)) }} />
              {band.marks.map((mark) => (
                <Mark key={mark.entry.id} mark={mark} isHighlighted={highlighted.has(mark.entry.id)} />
              ))}
            </div>
          ))}
          {chart.otherMarks.length > 0 ? (
            <div className="chart__row chart__row--other">
              {chart.otherMarks.map((mark) => (
                <Mark key={mark.entry.id} mark={mark} isHighlighted={false} />
              ))}
            </div>
          ) : null}
        </div>
      </div>
      {chart.laterCount > 0 ? <p className="muted small">{t('timeline.ui.chart.later', { count: chart.laterCount })}</p> : null}
    </section>
  );
}
