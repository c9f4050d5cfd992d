import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionCore } from '../../../shared/decision/analysis';
import type { WhatToAdd } from '../../../shared/decision/basis';
import { CLOSE_CALL_BP } from '../../../shared/offers/close-call';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { formatPercentInput, parsePercentInput } from '../../../shared/offers/input-parsers';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';
import { useMoneyFormat } from '../offers/use-money-format';
import { ChooseOffer } from './choose-offer';
import { useDecisionFormat } from './format';

/** Which sentence says what leaving the current job forfeits: equity, the bonus not yet paid, or both. */
function forfeitKey(equityMinor: number, bonusMinor: number): string {
  if (equityMinor > 0 && bonusMinor > 0) return 'decision.baseline.forfeitsBoth';
  return bonusMinor > 0 ? 'decision.baseline.forfeitsBonus' : 'decision.baseline.forfeits';
}

/**
 * The answer first: one sentence naming the leader, the margin (home currency and %), the basis and the
 * horizon; then what to add for a better basis, the close-call flag, the three drivers, the current job as
 * the baseline, and the risk-adjusted switch.
 */
export function VerdictCard({ comparison, analysis }: { comparison: OfferComparison; analysis: DecisionCore }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const f = useDecisionFormat();
  const updateDecision = usePlanner((s) => s.updateDecision);
  const [picked, setPicked] = useState<string | null>(null);
  const decision = usePlanner((s) => s.document?.decision);
  const { verdict, drivers, baseline } = analysis;
  const home = verdict.homeCurrency;
  const company = (id: string) => comparison.entries.find((entry) => entry.offer.id === id)?.offer.company ?? id;
  const years = t('offers.ui.years', { count: verdict.horizonYears });
  const basis = t(`decision.basis.${verdict.basis}`);
  const leaderName = verdict.leader ? (verdict.leader.isCurrentJob ? t('decision.staying', { company: verdict.leader.company }) : verdict.leader.company) : '';
  let sentence: string;
  if (verdict.status === 'none') sentence = t('decision.none');
  else if (verdict.status === 'single') sentence = t('decision.single', { company: verdict.leader?.company ?? '' });
  else if (verdict.isTie) sentence = t('decision.tie', { years, basis, leader: leaderName, runnerUp: verdict.runnerUp?.company ?? '' });
  else {
    const params = { years, basis, leader: leaderName, verb: t(`decision.verb.${verdict.basis}`), margin: money(verdict.marginMinor, home), runnerUp: verdict.runnerUp?.company ?? '' };
    sentence = verdict.percentBp === null ? t('decision.sentenceNoPercent', params) : t('decision.sentence', { ...params, percent: f.percentBp(verdict.percentBp) });
  }
  const add = (item: WhatToAdd) => t(`decision.add.${item.kind}`, { names: f.names(item.offerIds.map(company)) });
  const driverLabel = (key: string) => (key === 'tax' || key === 'livingCosts' ? t(`decision.driver.${key}`) : t(`offers.ui.row.${key}`).toLowerCase());
  const signed = (amount: number) => `${amount > 0 ? '+' : amount < 0 ? '−' : ''}${money(Math.abs(amount), home)}`;
  const currentJob = baseline ? comparison.entries.find((entry) => entry.offer.id === baseline.currentJobId)?.offer : undefined;
  const isRiskAdjusted = decision?.isRiskAdjusted ?? false;
  // Any new offer can be chosen from here, the best one first (the current job needs no choosing).
  const choosable = [
    ...verdict.ranking.filter((row) => !row.isCurrentJob).map((row) => row.offerId),
    ...comparison.entries.filter((entry) => entry.offer.kind !== 'currentJob' && !verdict.ranking.some((row) => row.offerId === entry.offer.id)).map((entry) => entry.offer.id),
  ];
  const chosenId = picked !== null && choosable.includes(picked) ? picked : (choosable[0] ?? null);
  const hasRisk = analysis.risks.some((risk) => risk.privateDiscountMinor > 0);
  return (
    <section className="card decision-verdict" aria-labelledby="verdict-title" data-testid="verdict">
      <h2 id="verdict-title" className="sr-only">
        {t('decision.title')}
      </h2>
      <p className="decision-verdict__sentence" data-testid="verdict-sentence" data-basis={verdict.basis}>
        {sentence}
      </p>
      {verdict.whatToAdd.map((item) => (
        <p key={item.kind} className="offers-note" data-testid={`verdict-add-${item.kind}`}>
          {add(item)}
        </p>
      ))}
      {verdict.isCloseCall ? (
        <p className="offers-note offers-note--warn" data-testid="verdict-close-call">
          {t('decision.closeCall', { threshold: f.percentBp(verdict.closeCallBp) })}
        </p>
      ) : null}
      {isRiskAdjusted ? <p className="muted small">{t('decision.riskAdjustedNote')}</p> : null}
      {drivers.length > 0 ? (
        <p className="decision-drivers" data-testid="verdict-drivers">
          <span className="muted">{t('decision.driversTitle')}</span>
          {drivers.map((driver) => `${driverLabel(driver.key)} ${signed(driver.amountMinor)}`).join(' · ')}
        </p>
      ) : null}
      {baseline && currentJob && baseline.forfeitedTotalMinor !== null && baseline.forfeitedTotalMinor > 0 ? (
        <p className="muted small" data-testid="verdict-forfeit">
          {t(forfeitKey(baseline.forfeitedEquityMinor ?? 0, baseline.forfeitedBonusMinor ?? 0), {
            company: currentJob.company,
            amount: money(baseline.forfeitedEquityMinor ?? 0, home),
            bonus: money(baseline.forfeitedBonusMinor ?? 0, home),
            total: money(baseline.forfeitedTotalMinor, home),
          })}
        </p>
      ) : null}
      {baseline && currentJob && baseline.deltas.length > 0 ? (
        <p className="decision-baseline small" data-testid="verdict-baseline">
          <span className="muted">{t('decision.baseline.title', { company: currentJob.company })}</span>
          {baseline.deltas.map((delta) => `${company(delta.offerId)} ${signed(delta.deltaMinor)}`).join(' · ')}
        </p>
      ) : null}
      <div className="decision-verdict__controls no-print">
        {choosable.length > 1 ? (
          <label className="decision-pick">
            <span>{t('decision.pick')}</span>
            <select name="choose-which" value={chosenId ?? ''} onChange={(event) => setPicked(event.target.value)}>
              {choosable.map((id) => (
                <option key={id} value={id}>
                  {company(id)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {chosenId ? <ChooseOffer key={chosenId} offerId={chosenId} /> : null}
        {hasRisk ? (
          <label className="offers-checkbox">
            <input type="checkbox" name="decision.isRiskAdjusted" checked={isRiskAdjusted} onChange={(event) => updateDecision({ isRiskAdjusted: event.target.checked })} />
            {t('decision.riskAdjusted')}
          </label>
        ) : null}
        <div className="decision-inline-field">
          <TextField<number>
            name="decision.closeCallBp"
            label={t('decision.closeCallThreshold')}
            value={decision?.closeCallBp ?? CLOSE_CALL_BP}
            format={formatPercentInput}
            inputMode="decimal"
            parse={(text) => {
              const parsed = parsePercentInput(text, 0, 10_000);
              return parsed.ok ? parsed : { ok: false, messageKey: 'decision.validation.closeCallRange' };
            }}
            onCommit={(closeCallBp) => updateDecision({ closeCallBp })}
          />
        </div>
      </div>
    </section>
  );
}
