import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { COMPONENT_KEYS, type ComponentKey } from '../../../shared/offers/breakdown';
import { stackedChartData } from '../../../shared/offers/chart-data';
import type { OfferComparison } from '../../../shared/offers/compare-offers';

export const COMPONENT_COLORS: Record<ComponentKey, string> = {
  base: '#1f5fbf',
  bonus: '#5b8def',
  equity: '#2a9d8f',
  signOn: '#e9a23b',
  relocation: '#c2673a',
  allowances: '#8e6ac8',
  subsidies: '#6b7a8f',
};

/** Later offers' bars are lighter so two stacks side by side stay apart even in grey print. */
const OFFER_OPACITY = [1, 0.62, 0.4, 0.25];

const CHART_WIDTH = 760;
const CHART_HEIGHT = 340;

/** Stacked bars per year and offer in the home currency (one stack per offer, one colour per component). */
export function ComparisonChart({ comparison }: { comparison: OfferComparison }) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => stackedChartData(comparison), [comparison]);
  const compact = useMemo(
    () => new Intl.NumberFormat(i18n.language, { style: 'currency', currency: data.currency, notation: 'compact', maximumFractionDigits: 1 }),
    [i18n.language, data.currency],
  );
  const full = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'currency', currency: data.currency }), [i18n.language, data.currency]);
  const offerNames = new Map(comparison.entries.map((entry, index) => [`o${index}`, entry.offer.company]));
  const shortName = (name: string) => (name.length > 14 ? `${name.slice(0, 13)}…` : name);
  // The name goes on top of each stack: on the highest component that is not zero in that year.
  const topOf = useMemo(() => {
    const top = new Map<string, string>();
    data.rows.forEach((row, rowIndex) => {
      for (const series of data.series) if ((row[series.dataKey] ?? 0) > 0) top.set(`${rowIndex}:${series.stackId}`, series.dataKey);
    });
    return top;
  }, [data]);
  const plotted = comparison.entries.filter((entry) => entry.home.ok);
  return (
    <section className="card offers-chart-card" aria-labelledby="chart-title">
      <h2 id="chart-title">{t('offers.ui.chartTitle', { currency: data.currency })}</h2>
      {plotted.length === 0 ? (
        <p className="offers-warning">⚠ {t('offers.ui.chartNoData')}</p>
      ) : (
        <div className="offers-chart" data-testid="comparison-chart">
          <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data.rows} margin={{ top: 24, right: 16, bottom: 8, left: 16 }} barGap={6}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3e6ec" />
            <XAxis dataKey="year" tickFormatter={(year: number) => t('offers.ui.yearN', { year })} />
            <YAxis tickFormatter={(value: number) => compact.format(value)} width={84} />
            <Tooltip
              formatter={(value, name) => [full.format(Number(value)), String(name)]}
              labelFormatter={(year) => t('offers.ui.yearN', { year: String(year) })}
            />
            {data.series.map((series) => {
              const offerIndex = Number(series.stackId.slice(1));
              return (
                <Bar
                  key={series.dataKey}
                  dataKey={series.dataKey}
                  stackId={series.stackId}
                  name={`${offerNames.get(series.stackId) ?? ''} · ${t(`offers.ui.row.${series.component}`)}`}
                  fill={COMPONENT_COLORS[series.component]}
                  fillOpacity={OFFER_OPACITY[offerIndex] ?? 0.2}
                  stroke="#ffffff"
                  strokeWidth={0.5}
                  isAnimationActive={false}
                  maxBarSize={56}
                  label={(props: { x?: number | string; y?: number | string; width?: number | string; index?: number }) => {
                    const { x = 0, y = 0, width = 0, index = -1 } = props;
                    if (topOf.get(`${index}:${series.stackId}`) !== series.dataKey) return <g />;
                    return (
                      <text x={Number(x) + Number(width) / 2} y={Number(y) - 6} textAnchor="middle" fontSize={11} fill="#1d2330">
                        {shortName(offerNames.get(series.stackId) ?? '')}
                      </text>
                    );
                  }}
                >
                </Bar>
              );
            })}
          </BarChart>
        </div>
      )}
      <ul className="offers-legend">
        {COMPONENT_KEYS.map((key) => (
          <li key={key}>
            <span className="offers-legend__swatch" style={{ background: COMPONENT_COLORS[key] }} />
            {t(`offers.ui.row.${key}`)}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('offers.ui.chartHint', { offers: plotted.map((entry) => entry.offer.company).join(', ') })}</p>
      {data.missing.length > 0 ? <p className="offers-warning">⚠ {t('offers.ui.chartMissing', { count: data.missing.length })}</p> : null}
    </section>
  );
}
