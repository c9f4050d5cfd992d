import { useTranslation } from 'react-i18next';
import { formatScaled } from '../../../shared/money';
import { parseWholeInput } from '../../../shared/offers/input-parsers';
import { shortTextSchema } from '../../../shared/offers/schema-primitives';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import { criterionSchema, scoreSchema, type ComparisonSettings } from '../../../shared/offers/schema';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';
import { ComparisonField } from './comparison-fields';

const identity = (value: string) => value;
const SUGGESTED = ['careerGrowth', 'workLife', 'visaRisk', 'family', 'language', 'regulatory'] as const;

function ScoreField({ offerId, criterionId, value, label }: { offerId: string; criterionId: string; value: number | null; label: string }) {
  const updateComparison = usePlanner((s) => s.updateComparison);
  return (
    <TextField<number | null>
      name={`comparison.scores.${offerId}.${criterionId}`}
      label={label}
      value={value}
      inputMode="numeric"
      format={(score) => (score === null ? '' : String(score))}
      parse={parseWholeInput(scoreSchema.nullable(), null)}
      onCommit={(score) =>
        updateComparison((current) => {
          const own = { ...(current.scores[offerId] ?? {}) };
          if (score === null) delete own[criterionId];
          else own[criterionId] = score;
          return { ...current, scores: { ...current.scores, [offerId]: own } };
        })
      }
    />
  );
}

/** Criteria the person defines, with weights and a 0-10 score per offer; gives the weighted rank. */
export function CriteriaCard({ comparison, settings }: { comparison: OfferComparison; settings: ComparisonSettings }) {
  const { t } = useTranslation();
  const updateComparison = usePlanner((s) => s.updateComparison);
  const add = (name: string) =>
    updateComparison((current) => ({ ...current, criteria: [...current.criteria, { id: crypto.randomUUID(), name, weight: 5 }] }));
  const remove = (criterionId: string) =>
    updateComparison((current) => ({
      ...current,
      criteria: current.criteria.filter((item) => item.id !== criterionId),
      scores: Object.fromEntries(
        Object.entries(current.scores).map(([offerId, own]) => [offerId, Object.fromEntries(Object.entries(own).filter(([id]) => id !== criterionId))]),
      ),
    }));
  const unused = SUGGESTED.map((key) => t(`offers.ui.criterion.${key}`)).filter((name) => !settings.criteria.some((c) => c.name === name));
  return (
    <section className={`card${settings.criteria.length === 0 ? ' no-print' : ''}`} aria-labelledby="criteria-title" data-testid="criteria">
      <h2 id="criteria-title">{t('offers.ui.criteriaTitle')}</h2>
      <p className="muted small">{t('offers.ui.criteriaIntro')}</p>
      {settings.criteria.length > 0 ? (
        <div className="offers-scroll">
          <table className="offers-table offers-criteria-table">
            <thead>
              <tr>
                <th scope="col">{t('offers.ui.criterion')}</th>
                <th scope="col">{t('offers.ui.weight')}</th>
                {comparison.entries.map((entry) => (
                  <th key={entry.offer.id} scope="col">
                    {entry.offer.company}
                  </th>
                ))}
                <th className="no-print" />
              </tr>
            </thead>
            <tbody>
              {settings.criteria.map((criterion, index) => (
                <tr key={criterion.id} data-criterion={criterion.name}>
                  <td>
                    <ComparisonField<string>
                      settings={settings}
                      path={['criteria', index, 'name']}
                      label={t('offers.ui.criterion')}
                      format={identity}
                      parse={(text) => (shortTextSchema.safeParse(text).success ? { ok: true, value: text } : { ok: false, messageKey: 'offers.validation.textTooLong' })}
                    />
                  </td>
                  <td>
                    <ComparisonField<number> settings={settings} path={['criteria', index, 'weight']} label={t('offers.ui.weight')} inputMode="numeric" format={String} parse={parseWholeInput(criterionSchema.shape.weight)} />
                  </td>
                  {comparison.entries.map((entry) => (
                    <td key={entry.offer.id}>
                      <ScoreField
                        offerId={entry.offer.id}
                        criterionId={criterion.id}
                        value={settings.scores[entry.offer.id]?.[criterion.id] ?? null}
                        label={t('offers.ui.scoreFor', { company: entry.offer.company })}
                      />
                    </td>
                  ))}
                  <td className="no-print">
                    <button type="button" className="link-button" onClick={() => remove(criterion.id)}>
                      {t('offers.ui.remove')}
                    </button>
                  </td>
                </tr>
              ))}
              <tr className="offers-total-row" data-testid="criteria-rank">
                <th scope="row" colSpan={2}>
                  {t('offers.ui.weightedScore')}
                </th>
                {comparison.entries.map((entry) => (
                  <td key={entry.offer.id} data-offer={entry.offer.company}>
                    <strong>{formatScaled(entry.criteria.scoreHundredths, 2)}</strong> / 10 · {t('offers.ui.rank', { rank: entry.criteria.rank })}
                    {entry.criteria.missingScores > 0 ? <div className="muted small">{t('offers.ui.missingScores', { count: entry.criteria.missingScores })}</div> : null}
                  </td>
                ))}
                <td className="no-print" />
              </tr>
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t('offers.ui.noCriteria')}</p>
      )}
      <div className="offers-actions no-print">
        <button type="button" name="add-criterion" onClick={() => add(t('offers.ui.newCriterion'))}>
          {t('offers.ui.addCriterion')}
        </button>
        {unused.map((name) => (
          <button type="button" key={name} className="offers-chip" onClick={() => add(name)}>
            + {name}
          </button>
        ))}
      </div>
    </section>
  );
}
