import { useTranslation } from 'react-i18next';
import type { DecisionCore } from '../../../shared/decision/analysis';
import { DEFAULT_MONEY_WEIGHT_PERCENT } from '../../../shared/decision/schema';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { parseWholeInput } from '../../../shared/offers/input-parsers';
import { z } from 'zod';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';
import { useMoneyFormat } from '../offers/use-money-format';
import { useDecisionFormat } from './format';

/** Per offer: how much of its horizon gross could be clawed back, needs staying, or is private-company equity. */
export function RiskCard({ comparison, analysis }: { comparison: OfferComparison; analysis: DecisionCore }) {
  const { t } = useTranslation();
  const money = useMoneyFormat();
  const f = useDecisionFormat();
  const home = comparison.homeCurrency;
  const company = (id: string) => comparison.entries.find((entry) => entry.offer.id === id)?.offer.company ?? id;
  const share = (part: number, total: number) => (total > 0 ? t('decision.risk.share', { percent: f.percentBp(Math.round((part * 10_000) / total)) }) : '');
  const cell = (part: number, total: number) => (
    <>
      {money(part, home)}
      {part > 0 ? <div className="muted small">{share(part, total)}</div> : null}
    </>
  );
  return (
    <section className="card" aria-labelledby="risk-title" data-testid="risk-card">
      <h2 id="risk-title">{t('decision.risk.title')}</h2>
      <p className="muted small">{t('decision.risk.intro', { years: t('offers.ui.years', { count: comparison.horizonYears }) })}</p>
      <div className="offers-scroll">
        <table className="offers-table decision-risk-table">
          <thead>
            <tr>
              <th scope="col">{t('offers.ui.offer')}</th>
              <th scope="col" className="num">{t('decision.risk.clawback')}</th>
              <th scope="col" className="num">{t('decision.risk.stayOnly')}</th>
              <th scope="col" className="num">{t('decision.risk.private')}</th>
              <th scope="col" className="num">{t('decision.risk.discount')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.risks.map((risk) => (
              <tr key={risk.offerId} data-offer={company(risk.offerId)}>
                <th scope="row">{company(risk.offerId)}</th>
                <td className="num">{cell(risk.clawbackMinor, risk.grossMinor)}</td>
                <td className="num">{cell(risk.stayOnlyEquityMinor, risk.grossMinor)}</td>
                <td className="num">{cell(risk.privateEquityMinor, risk.grossMinor)}</td>
                <td className="num">{money(risk.privateDiscountMinor, home)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">{t('decision.risk.rule')}</p>
    </section>
  );
}

const weightSchema = z.number().int().min(0).max(100);

/** Money and the criteria in one rank, with the person's weight and the arithmetic one click away. */
export function CombinedRankCard({ comparison, analysis }: { comparison: OfferComparison; analysis: DecisionCore }) {
  const { t } = useTranslation();
  const f = useDecisionFormat();
  const updateDecision = usePlanner((s) => s.updateDecision);
  const saved = usePlanner((s) => s.document?.decision?.moneyWeightPercent ?? DEFAULT_MONEY_WEIGHT_PERCENT);
  const { combined, verdict } = analysis;
  const company = (id: string) => comparison.entries.find((entry) => entry.offer.id === id)?.offer.company ?? id;
  const money = combined.moneyWeightPercent;
  const criteria = 100 - money;
  return (
    <section className="card" aria-labelledby="rank-title" data-testid="rank-card">
      <h2 id="rank-title">{t('decision.rank.title')}</h2>
      <div className="form-grid offers-narrow-grid no-print">
        <TextField<number>
          name="decision.moneyWeightPercent"
          label={t('decision.rank.weight')}
          value={saved}
          format={String}
          inputMode="numeric"
          parse={(text) => {
            const parsed = parseWholeInput(weightSchema)(text);
            return parsed.ok ? parsed : { ok: false, messageKey: 'decision.validation.weightRange' };
          }}
          onCommit={(moneyWeightPercent) => updateDecision({ moneyWeightPercent })}
        />
      </div>
      {!combined.hasCriteria ? <p className="muted small">{t('decision.rank.noCriteria')}</p> : null}
      <table className="offers-table" data-testid="rank-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('offers.ui.offer')}</th>
            <th scope="col" className="num">{t('decision.rank.money')}</th>
            <th scope="col" className="num">{t('decision.rank.criteria')}</th>
            <th scope="col" className="num">{t('decision.rank.combined')}</th>
          </tr>
        </thead>
        <tbody>
          {combined.rows.map((row) => (
            <tr key={row.offerId} data-offer={company(row.offerId)}>
              <td>{row.rank}</td>
              <th scope="row">{company(row.offerId)}</th>
              <td className="num">{f.hundredths(row.moneyHundredths)}</td>
              <td className="num">{combined.hasCriteria ? f.hundredths(row.criteriaHundredths) : '—'}</td>
              <td className="num">
                <strong>{f.hundredths(row.combinedHundredths)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="decision-how">
        <summary>{t('decision.rank.howTitle')}</summary>
        <p className="small">{t('decision.rank.how', { basis: t(`decision.basis.${verdict.basis}`), money, criteria })}</p>
        <ul className="small">
          {combined.rows.map((row) => (
            <li key={row.offerId}>
              {t('decision.rank.row', {
                company: company(row.offerId),
                money,
                criteria,
                moneyScore: f.hundredths(row.moneyHundredths),
                criteriaScore: f.hundredths(row.criteriaHundredths),
                combined: f.hundredths(row.combinedHundredths),
              })}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
