import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { decisionChartData, type ChartSeries } from '../../../shared/decision/chart-data';
import type { Verdict } from '../../../shared/decision/verdict';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { headroomTicks } from '../../components/chart-ticks';

const WIDTH = 440;
const HEIGHT = 240;
/** Axis text and the tooltip follow the theme's variables (renderer/styles/app.css). */
const TICK = { fill: 'var(--chart-text)', fontSize: 12 };
const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };

type ChartRow = { year: number } & Record<string, number>;

/** The value axis of one chart: ticks with headroom over its largest value (renderer/components/chart-ticks). */
function valueAxisTicks(rows: readonly ChartRow[], series: readonly ChartSeries[]) {
  return headroomTicks(rows.flatMap((row) => series.map((s) => row[s.key] ?? 0)));
}

/** The series' own colour as the theme's variable for that slot (dark lifts the blue and turns black to light). */
const seriesColor = (s: ChartSeries, index: number) => `var(--series-${index}, ${s.color})`;

function Legend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="offers-legend">
      {series.map((s, index) => (
        <li key={s.key}>
          <span className="offers-legend__swatch" style={{ background: seriesColor(s, index) }} />
          {s.company}
        </li>
      ))}
    </ul>
  );
}

/**
 * The verdict's basis per year and cumulative, and equity vesting per year: one series per offer (one colour
 * each, a legend instead of labels on the bars), at most eight offers, fixed sizes that fit 1000 px; on paper
 * the print stylesheet scales each one to the page's width (its SVG has a viewBox, offers.css).
 * Every tick is drawn (interval 0: a few years, five amounts): recharts' default thins ticks by measuring each
 * label in the DOM, a forced layout of the whole comparison per label (0.8 s with 50 offers, issue 16).
 */
export function ComparisonChart({ comparison, verdict }: { comparison: OfferComparison; verdict: Verdict }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => decisionChartData(comparison, verdict), [comparison, verdict]);
  const currency = comparison.homeCurrency;
  const compact = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }), [i18n.language, currency]);
  const full = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'currency', currency }), [i18n.language, currency]);
  const basis = t(`decision.basis.${verdict.basis}`);
  const yearTick = (year: number) => t('decision.chart.year', { year });
  const names = new Map(data.series.map((s) => [s.key, s.company]));
  const tooltip = (
    <Tooltip contentStyle={TOOLTIP_STYLE} labelStyle={{ color: 'var(--text)' }} formatter={(value, key) => [full.format(Number(value)), names.get(String(key)) ?? String(key)]} labelFormatter={(year) => yearTick(Number(year))} />
  );
  const axisTicks = useMemo(
    () => ({ perYear: valueAxisTicks(data.perYear, data.series), cumulative: valueAxisTicks(data.cumulative, data.series), vesting: valueAxisTicks(data.vesting, data.series) }),
    [data],
  );
  // Our own ticks and domain: recharts' "auto" domain could end on the tallest bar, which then touched the frame.
  const valueAxis = (ticks: { domain: [number, number]; ticks: number[] }) => (
    <YAxis tickFormatter={(value: number) => compact.format(value)} width={76} tick={TICK} interval={0} domain={ticks.domain} ticks={ticks.ticks} />
  );
  const barAxes = (ticks: { domain: [number, number]; ticks: number[] }) => (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--chart-grid)" />
      <XAxis dataKey="year" tickFormatter={yearTick} tick={TICK} interval={0} />
      {valueAxis(ticks)}
    </>
  );
  if (data.series.length === 0) {
    return (
      <section className="card offers-chart-card">
        <p className="offers-warning">⚠ {t('offers.ui.chartNoData')}</p>
      </section>
    );
  }
  return (
    <section className="card offers-chart-card" aria-labelledby="chart-title">
      <h2 id="chart-title" className="sr-only">
        {t('decision.chart.title', { basis, currency })}
      </h2>
      <Legend series={data.series} />
      <div className="decision-charts" data-testid="comparison-chart">
        <figure data-chart="per-year">
          <figcaption className="small">{t('decision.chart.title', { basis, currency })}</figcaption>
          <BarChart width={WIDTH} height={HEIGHT} data={data.perYear} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
            {barAxes(axisTicks.perYear)}
            {tooltip}
            {data.series.map((s, index) => (
              <Bar key={s.key} dataKey={s.key} name={s.company} fill={seriesColor(s, index)} isAnimationActive={false} maxBarSize={28} />
            ))}
          </BarChart>
        </figure>
        <figure data-chart="cumulative">
          <figcaption className="small">{t('decision.chart.cumulative', { basis, currency })}</figcaption>
          <LineChart width={WIDTH} height={HEIGHT} data={data.cumulative} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--chart-grid)" />
            <XAxis dataKey="year" tickFormatter={yearTick} tick={TICK} padding={{ left: 24, right: 24 }} interval={0} />
            {valueAxis(axisTicks.cumulative)}
            {tooltip}
            {data.series.map((s, index) => (
              <Line key={s.key} dataKey={s.key} name={s.company} stroke={seriesColor(s, index)} strokeWidth={2} dot isAnimationActive={false} />
            ))}
          </LineChart>
        </figure>
        <figure data-chart="vesting">
          <figcaption className="small">{t('decision.chart.vesting', { currency })}</figcaption>
          <BarChart width={WIDTH} height={HEIGHT} data={data.vesting} margin={{ top: 8, right: 8, bottom: 4, left: 8 }}>
            {barAxes(axisTicks.vesting)}
            {tooltip}
            {data.series.map((s, index) => (
              <Bar key={s.key} dataKey={s.key} name={s.company} fill={seriesColor(s, index)} isAnimationActive={false} maxBarSize={28} />
            ))}
          </BarChart>
        </figure>
      </div>
      {data.hiddenCount > 0 ? <p className="muted small">{t('offers.ui.chartHint', { offers: data.series.map((s) => s.company).join(t('text.listSeparator')) })}</p> : null}
    </section>
  );
}
