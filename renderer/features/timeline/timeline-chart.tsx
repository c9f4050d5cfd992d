import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../shared/checklists/localized-text';
import { anchorLabelKey } from '../../../shared/checklists/message-keys';
import { daysBetween, parseIsoDate, type IsoDate } from '../../../shared/dates/iso-date';
import { formatAxisMonth } from '../../../shared/dates/format-date';
import { timelineChart, type BandMark } from '../../../shared/timeline/checklist-bands';
import type { TimelineEntry } from '../../../shared/timeline/plan-timeline';
import { usePlanner } from '../../store';
import { entryTitle, useEntryText } from './entry-text';
import { axisLabels, laneCount, placeLabels } from './label-lanes';
import { pageFont, textWidth } from './text-width';

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

// Sizes in rem, as in timeline.css: the month axis, one lane of key-date labels, and the two label fonts.
const AXIS_REM = 1.6;
const LANE_REM = 0.85;
const ANCHOR_LABEL_REM = 0.68;
const MONTH_LABEL_REM = 0.72;
/** The label's halo padding (timeline.css), both sides. */
const HALO_PX = 4;
/** Until the plot has been measured (right after its first layout): about its width at 1000 px. */
const GUESSED_PLOT_PX = 520;

/** The top of a lane of key-date labels, under the month axis. */
const laneTop = (lane: number) => `${AXIS_REM + 0.1 + lane * LANE_REM}rem`;

/** The plot's width in px, from a ResizeObserver (no forced layout); null until first measured. */
function usePlotWidth() {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width] as const;
}

/** The first of every month after `from` up to `to`, with its place in the range (0..1). */
function monthTicks(from: IsoDate, to: IsoDate): { date: IsoDate; position: number }[] {
  const ticks: { date: IsoDate; position: number }[] = [];
  const span = Math.max(1, daysBetween(from, to));
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  for (let year = fromYear, month = fromMonth + 1; ; month += 1) {
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const date = `${year}-${String(month).padStart(2, '0')}-01`;
    if (date > to) break;
    ticks.push({ date, position: daysBetween(from, date) / span });
  }
  return ticks;
}

/**
 * A Gantt-like picture: one band per checklist from the day it was made to its last deadline, each date a
 * mark on it, the key dates as lines across. Pointing at a key date lights up every deadline hanging on it.
 * Labels never overlap: month labels thin out to fit the plot's width, and key-date labels stack in lanes
 * (label-lanes.ts), measured in the page's font.
 */
export function TimelineChart({ entries, today }: { entries: readonly TimelineEntry[]; today: IsoDate }) {
  const { t } = useTranslation();
  const text = useEntryText();
  const document = usePlanner((s) => s.document!);
  const chart = useMemo(() => timelineChart(document, [...entries], today), [document, entries, today]);
  const [hoveredAnchor, setHoveredAnchor] = useState<string | null>(null);
  const highlighted = new Set(chart.anchors.find((line) => line.anchor === hoveredAnchor)?.dependentIds ?? []);
  const [plotRef, measuredWidth] = usePlotWidth();
  const plotWidth = measuredWidth ?? GUESSED_PLOT_PX;
  const font = useMemo(() => pageFont(), []);
  const months = useMemo(() => {
    // A month alone ("Mar"), with its year on the first label and where the year changes (label-lanes.ts).
    const ticks = monthTicks(chart.from, chart.to).map((tick) => {
      const date = parseIsoDate(tick.date)!;
      return { ...tick, year: date.getFullYear(), month: formatAxisMonth(date, text.locale, false), withYear: formatAxisMonth(date, text.locale, true) };
    });
    const fontPx = MONTH_LABEL_REM * font.rootPx;
    const shown = axisLabels(
      ticks.map((tick) => ({
        id: tick.date,
        x: tick.position * plotWidth,
        width: textWidth(tick.month, fontPx, font.family),
        year: tick.year,
        yearWidth: textWidth(tick.withYear, fontPx, font.family),
      })),
      plotWidth,
    );
    return shown.map(({ id, left, withYear }) => {
      const tick = ticks.find((candidate) => candidate.date === id)!;
      return { ...tick, text: withYear ? tick.withYear : tick.month, left };
    });
  }, [chart.from, chart.to, text.locale, plotWidth, font]);
  const anchorLabels = useMemo(() => {
    const fontPx = ANCHOR_LABEL_REM * font.rootPx;
    const labels = chart.anchors.map((line) => ({ line, text: t(anchorLabelKey(line.anchor)) }));
    const placed = placeLabels(
      labels.map(({ line, text: label }) => ({ id: line.anchor, x: line.position * plotWidth, width: textWidth(label, fontPx, font.family) + HALO_PX })),
      plotWidth,
    );
    return { lanes: laneCount(placed), labels: labels.map((label, index) => ({ ...label, placed: placed[index]! })) };
  }, [chart.anchors, plotWidth, font, t]);
  if (entries.length === 0) return null;
  const labelsHeight = `${anchorLabels.lanes * LANE_REM}rem`;
  const anchorTitle = (line: (typeof chart.anchors)[number]) =>
    `${t(anchorLabelKey(line.anchor))} · ${text.date(line.date)} · ${t('timeline.ui.chart.dependents', { count: line.dependentIds.length })}`;
  return (
    <section className="card timeline-chart" aria-labelledby="timeline-chart-title" data-testid="timeline-chart">
      <h2 id="timeline-chart-title">{t('timeline.ui.chart.title')}</h2>
      <div className="chart">
        <div className="chart__labels">
          <div className="chart__axis-spacer" style={{ marginBottom: labelsHeight }} />
          {chart.bands.map((band) => (
            <div key={band.checklistId} className="chart__label" title={textIn(band.title, text.locale)}>
              {textIn(band.title, text.locale)}
            </div>
          ))}
          {chart.otherMarks.length > 0 ? <div className="chart__label">{t('timeline.ui.chart.other')}</div> : null}
        </div>
        <div className="chart__plot" ref={plotRef}>
          <div className="chart__axis" style={{ marginBottom: labelsHeight }}>
            {months.map((month) => (
              <span key={month.date} className="chart__month" style={{ left: `${month.left}px` }}>
                {month.text}
              </span>
            ))}
          </div>
          {months.map((month) => (
            <div key={`grid-${month.date}`} className="chart__gridline" style={{ left: pct(month.position) }} />
          ))}
          {anchorLabels.labels.map(({ line, placed }) => (
            <div
              key={line.anchor}
              className={`chart__anchor${hoveredAnchor === line.anchor ? ' chart__anchor--active' : ''}`}
              // The dashed line starts at its own label's lane, so it never runs past the labels above it.
              style={{ left: pct(line.position), ['--line-top' as string]: laneTop(placed.lane) }}
              data-chart-anchor={line.anchor}
              data-date={line.date}
              title={anchorTitle(line)}
              onMouseEnter={() => setHoveredAnchor(line.anchor)}
              onMouseLeave={() => setHoveredAnchor(null)}
            />
          ))}
          {/* Above every line, so a label is never crossed by another key date's line. */}
          <div className="chart__anchor-labels">
            {anchorLabels.labels.map(({ line, text: label, placed }) => (
              <span
                key={line.anchor}
                className={`chart__anchor-label chart__anchor-label--${placed.side}`}
                style={{ left: `${placed.left}px`, top: laneTop(placed.lane) }}
                data-chart-anchor-label={line.anchor}
                data-lane={placed.lane}
                title={anchorTitle(line)}
                onMouseEnter={() => setHoveredAnchor(line.anchor)}
                onMouseLeave={() => setHoveredAnchor(null)}
              >
                {label}
              </span>
            ))}
          </div>
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
