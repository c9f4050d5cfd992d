import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDayMonth } from '../../../shared/dates/format-date';
import type { WeekPoint } from '../../../shared/language/weekly-series';
import { axisTicks } from './chart-axis';
import { labelStep } from './chart-labels';

interface ChartProps {
  points: readonly WeekPoint[];
}

// The theme's variables (renderer/styles/app.css), so the chart reads in light and dark.
const ACCENT = 'var(--accent)';
const PLAN = 'var(--plan-line)';
const TICK = { fontSize: 11, fill: 'var(--chart-text)' };
// One week has no line to draw: its plan is a solid dot (recharts' own dot there took the line's dashes, a broken ring).
const LONE_PLAN_DOT = { r: 4, fill: PLAN, stroke: PLAN, strokeDasharray: '0' };

function Chart({ data, actualKey, plannedKey, actualLabel, plannedLabel, testId }: {
  data: Record<string, string | number | null>[];
  actualKey: string;
  plannedKey: string;
  actualLabel: string;
  plannedLabel: string;
  testId: string;
}) {
  // From 0 to the data's maximum with headroom, so a plan marker at the maximum is not cut by the plot's edge.
  const ticks = axisTicks(Math.max(0, ...data.flatMap((point) => [Number(point[actualKey] ?? 0), Number(point[plannedKey] ?? 0)])));
  return (
    <div className="language-chart" data-testid={testId}>
      <ResponsiveContainer width="100%" height={200}>
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis dataKey="label" tick={TICK} interval={labelStep(data.length)} />
          <YAxis tick={TICK} allowDecimals={false} domain={[0, ticks.at(-1)!]} ticks={ticks} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey={actualKey} name={actualLabel} fill={ACCENT} isAnimationActive={false} />
          <Line dataKey={plannedKey} name={plannedLabel} stroke={PLAN} strokeDasharray="4 3" dot={data.length === 1 ? LONE_PLAN_DOT : false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Minutes and new words per week against the plan as set (shared weeklySeries). Weeks from the plan's start
 * to the current week are shown, so the chart reads as progress so far rather than a mostly empty future.
 */
export const WeeklyChart = memo(function WeeklyChart({ points }: ChartProps) {
  const { t, i18n } = useTranslation();
  const shown = points.filter((point) => !point.isFuture);
  const data = shown.map((point) => ({
    label: formatDayMonth(point.weekStart, i18n.language),
    minutes: point.minutes,
    plannedMinutes: Math.round(point.plannedMinutes),
    newWords: point.newWords,
    plannedWords: point.plannedWords === null ? null : Math.round(point.plannedWords),
  }));
  return (
    <div className="language-charts">
      <Chart data={data} actualKey="minutes" plannedKey="plannedMinutes" actualLabel={t('language.chart.minutes')} plannedLabel={t('language.chart.plannedMinutes')} testId="chart-minutes" />
      <Chart data={data} actualKey="newWords" plannedKey="plannedWords" actualLabel={t('language.chart.newWords')} plannedLabel={t('language.chart.plannedWords')} testId="chart-words" />
    </div>
  );
});
