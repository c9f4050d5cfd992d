import { useTranslation } from 'react-i18next';
import type { DecisionFlips } from '../../../shared/decision/analysis';
import type { Verdict } from '../../../shared/decision/verdict';
import type { SensitivityBar } from '../../../shared/decision/sensitivity';
import { minorDigits } from '../../../shared/money';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { useMoneyFormat } from '../offers/use-money-format';
import { leaveWorseKey } from './leave-month-key';
import { wrapChartLabel } from '../../components/chart-labels';
import { useDecisionFormat } from './format';

const WIDTH = 720;
const ROW = 34;
const LABEL = 230;
const PAD = 16;

/**
 * A bar's name, right-aligned before the bar, on two lines when it is longer than the room (a long company name,
 * "Leaving … in month 1–48"): SVG text does not wrap, and the start of a long one was cut off at the left edge.
 */
function BarLabel({ y, text }: { y: number; text: string }) {
  const lines = wrapChartLabel(text, LABEL - 8, 12);
  if (lines.length === 1) {
    return (
      <text x={LABEL} y={y + 15} textAnchor="end" fontSize={12} fill="var(--text)">
        {text}
      </text>
    );
  }
  return (
    <text x={LABEL} y={y + 8} textAnchor="end" fontSize={12} fill="var(--text)">
      <title>{text}</title>
      {lines.map((line, index) => (
        <tspan key={index} x={LABEL} dy={index === 0 ? 0 : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Range bars (a tornado): the leader's lead with each factor moved down and up; the zero line is the flip. */
function SensitivityChart({ bars, label, title, zeroNote, currency }: { bars: SensitivityBar[]; label: (bar: SensitivityBar) => string; title: string; zeroNote: string; currency: string }) {
  const money = useMoneyFormat();
  const { i18n } = useTranslation();
  const compact = new Intl.NumberFormat(i18n.language, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
  const scale = 10 ** minorDigits(currency as never);
  const values = bars.flatMap((bar) => [bar.marginLowMinor, bar.marginHighMinor, 0]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const plot = WIDTH - LABEL - PAD * 2;
  const x = (value: number) => LABEL + PAD + ((value - min) / span) * plot;
  const height = bars.length * ROW + 40;
  return (
    <figure className="decision-chart" data-testid="sensitivity-chart">
      <figcaption className="small">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={title}>
        {bars.map((bar, index) => {
          const y = index * ROW + 8;
          const lo = Math.min(bar.marginLowMinor, bar.marginHighMinor);
          const hi = Math.max(bar.marginLowMinor, bar.marginHighMinor);
          return (
            <g key={index}>
              <BarLabel y={y} text={label(bar)} />
              <rect x={x(lo)} y={y} width={Math.max(2, x(hi) - x(lo))} height={20} fill="var(--accent)" rx={3}>
                <title>{`${money(bar.marginLowMinor, currency as never)} … ${money(bar.marginHighMinor, currency as never)}`}</title>
              </rect>
            </g>
          );
        })}
        <line x1={x(0)} x2={x(0)} y1={0} y2={bars.length * ROW + 8} stroke="var(--danger)" strokeWidth={2} />
        <text x={x(min)} y={height - 14} fontSize={11} fill="var(--muted)">
          {compact.format(min / scale)}
        </text>
        <text x={x(max)} y={height - 14} fontSize={11} fill="var(--muted)" textAnchor="end">
          {compact.format(max / scale)}
        </text>
        <text x={x(0)} y={height - 2} fontSize={11} fill="var(--danger)" textAnchor="middle">
          0
        </text>
      </svg>
      <p className="muted small">{zeroNote}</p>
    </figure>
  );
}

/** What would flip the verdict: each solved flip point in a sentence, then the sensitivity chart. */
export function FlipCard({ comparison, verdict, flips, isUpdating = false }: { comparison: OfferComparison; verdict: Verdict; flips: DecisionFlips | null; isUpdating?: boolean }) {
  const { t } = useTranslation();
  const f = useDecisionFormat();
  const company = (id: string) => comparison.entries.find((entry) => entry.offer.id === id)?.offer.company ?? id;
  if (!verdict.leader || !verdict.runnerUp) {
    return (
      <section className="card" aria-labelledby="flip-title" data-testid="flip-card">
        <h2 id="flip-title">{t('decision.flip.title')}</h2>
        <p className="muted">{t('decision.flip.nothing')}</p>
      </section>
    );
  }
  if (!flips) {
    return (
      <section className="card" aria-labelledby="flip-title" data-testid="flip-card" aria-busy="true">
        <h2 id="flip-title">{t('decision.flip.title')}</h2>
        <p className="muted" data-testid="flip-working">{t('decision.flip.working')}</p>
      </section>
    );
  }
  const { fxFlips, equityFlips, sensitivity, leaveFlip } = flips;
  const lines: { key: string; text: string }[] = [];
  for (const flip of fxFlips) {
    const params = { company: company(flip.runnerUpId), base: flip.base, quote: flip.quote, entered: f.rateMicros(flip.enteredMicros) };
    if (flip.status === 'noFlipInRange' || flip.thresholdMicros === null) {
      lines.push({ key: `fx-${flip.base}-${flip.quote}`, text: t('decision.flip.fxNone', { ...params, low: f.rateMicros(flip.rangeMicros[0]), high: f.rateMicros(flip.rangeMicros[1]) }) });
    } else {
      const key = flip.status === 'below' ? 'decision.flip.fxBelow' : 'decision.flip.fxAbove';
      lines.push({ key: `fx-${flip.base}-${flip.quote}`, text: t(key, { ...params, rate: f.thresholdMicros(flip.thresholdMicros, flip.status) }) });
    }
  }
  for (const flip of equityFlips) {
    const name = company(flip.offerId);
    let text: string;
    if (flip.status === 'noEquity') text = t('decision.flip.noEquity', { company: name });
    else if (flip.status === 'noFlipInRange') text = t(flip.role === 'runnerUp' ? 'decision.flip.equityUpNone' : 'decision.flip.equityDownNone', { company: name });
    else text = t(flip.role === 'runnerUp' ? 'decision.flip.equityUp' : 'decision.flip.equityDown', { company: name, percent: f.percentBp(flip.changeBp ?? 0) });
    lines.push({ key: `equity-${flip.role}`, text });
  }
  if (leaveFlip && leaveFlip.status !== 'unknown') {
    const params = { company: company(leaveFlip.leaderId), runnerUp: company(leaveFlip.runnerUpId), years: t('offers.ui.years', { count: verdict.horizonYears }) };
    let text = t('decision.flip.leaveStaying');
    if (leaveFlip.status === 'neverWorse') text = t('decision.flip.leaveNever', params);
    else if (leaveFlip.status === 'flips' && leaveFlip.lastWorseMonth !== null) {
      const more = { ...params, months: leaveFlip.lastWorseMonth, next: leaveFlip.lastWorseMonth + 1, date: f.date(leaveFlip.lastWorseDate ?? '') };
      const ranges = f.names(leaveFlip.worseRanges.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)));
      text = leaveFlip.isWorseThroughout ? t(leaveWorseKey(leaveFlip.lastWorseMonth), more) : t('decision.flip.leaveSome', { ...more, ranges });
    }
    lines.push({ key: 'leave-month', text });
  }
  const label = (bar: SensitivityBar) => {
    if (bar.factor.kind === 'fx') return t('decision.sensitivity.fx', { base: bar.factor.base, quote: bar.factor.quote, percent: f.percentBp(bar.swingBp) });
    if (bar.factor.kind === 'leaveMonth') return t('decision.sensitivity.leave', { company: company(bar.factor.offerId), months: bar.factor.months });
    return t('decision.sensitivity.equity', { company: company(bar.factor.offerId), percent: f.percentBp(bar.swingBp) });
  };
  // Flips of the plan before the last change stay up (marked busy) while the new ones are solved.
  return (
    <section className="card" aria-labelledby="flip-title" data-testid="flip-card" aria-busy={isUpdating || undefined}>
      <h2 id="flip-title">{t('decision.flip.title')}</h2>
      <ul className="decision-flips">
        {lines.map((line) => (
          <li key={line.key} data-testid={`flip-${line.key}`}>
            {line.text}
          </li>
        ))}
      </ul>
      <p className="muted small">{t('decision.flip.rule')}</p>
      {leaveFlip && leaveFlip.status !== 'stayingLeads' && leaveFlip.status !== 'unknown' ? <p className="muted small">{t('decision.flip.leaveRule')}</p> : null}
      {sensitivity.length > 0 ? (
        <SensitivityChart
          bars={sensitivity}
          label={label}
          currency={comparison.homeCurrency}
          title={t('decision.sensitivity.title', { leader: verdict.leader.company, runnerUp: verdict.runnerUp.company })}
          zeroNote={t('decision.sensitivity.zero', { runnerUp: verdict.runnerUp.company })}
        />
      ) : null}
    </section>
  );
}
