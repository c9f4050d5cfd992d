import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { hskLevelFromGoals, offerSalaryCny, pointsInputFromPlan } from '../../../shared/checklists/points-from-plan';
import { estimateWorkPermitPoints, WorkPermitPointsInputSchema } from '../../../shared/checklists/work-permit-points';
import { parseOptionalInteger } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';
import { useToday } from './checklist-hooks';
import { formatNumber } from './field-parsers';

const hskSchema = WorkPermitPointsInputSchema.shape.hskLevel;

/** Whole yuan for display only; the estimate itself compares integer fen. */
function formatCny(amountMinor: number, language: string): string {
  return `${Math.round(amountMinor / 100).toLocaleString(language)} CNY`;
}

/**
 * The work-permit points estimate, derived from the profile, the language goals and a chosen offer. The
 * HSK level typed here (when there are no HSK goals) and the yes/no factors are not saved: they are what-ifs.
 * Memoised: it reads the profile, goals and offers, so a tick in the list above it does not draw it again.
 */
export const PointsPanel = memo(function PointsPanel() {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const { profile, goals, offers, rates } = usePlanner(
    useShallow((s) => ({ profile: s.document!.profile, goals: s.document!.language.goals, offers: s.document!.offers, rates: s.document!.comparison.fx.rates })),
  );
  const [offerId, setOfferId] = useState<string | null>(null);
  const [manualHsk, setManualHsk] = useState<number | null>(null);
  const [flags, setFlags] = useState({ isTopUniversityOrFortune500: false, isWesternOrNortheastRegion: false, provincialBonus: 0, worksNineMonthsAYear: true });
  const liveOffers = offers.filter((offer) => !offer.isArchived);
  const offer = liveOffers.find((candidate) => candidate.id === offerId) ?? null;
  const goalsHsk = hskLevelFromGoals(goals);
  const salary = offer ? offerSalaryCny(offer, rates) : null;
  const salaryCnyMinor = salary?.ok ? salary.amountMinor : null;

  // Cheap pure arithmetic: computed on each render from the document, never stored.
  const estimate = estimateWorkPermitPoints(
    pointsInputFromPlan({
      birthYear: profile.birthYear,
      degree: profile.highestDegree,
      yearsExperience: profile.yearsExperience,
      hskLevel: goalsHsk ?? manualHsk ?? 0,
      annualSalaryCnyMinor: salaryCnyMinor,
      onDate: today,
      flags,
    }),
  );


  return (
    <section className="card points no-print" aria-labelledby="points-title" data-testid="points-panel">
      <h2 id="points-title">{t('checklists.points.title')}</h2>
      <p className="muted">{t('checklists.ui.points.intro')}</p>
      <div className="form-grid">
        <SelectField
          name="points.offer"
          label={t('checklists.ui.points.offer')}
          value={offer?.id ?? null}
          isOptional
          options={liveOffers.map((candidate) => ({ value: candidate.id, label: [candidate.company, candidate.role].filter(Boolean).join(' · ') }))}
          onCommit={setOfferId}
          hint={liveOffers.length === 0 ? t('checklists.ui.points.noOffers') : undefined}
        />
        {goalsHsk === null ? (
          <TextField
            name="points.hsk"
            label={t('checklists.ui.points.hsk')}
            hint={t('checklists.ui.points.hskManualHint')}
            inputMode="numeric"
            value={manualHsk}
            format={formatNumber}
            parse={parseOptionalInteger(hskSchema)}
            onCommit={setManualHsk}
          />
        ) : (
          <div className="field">
            <span className="field__label-static">{t('checklists.ui.points.hsk')}</span>
            <span data-testid="points-hsk-from-goals">{t('checklists.ui.points.hskFromGoals', { level: goalsHsk })}</span>
          </div>
        )}
      </div>
      <div className="points__flags">
        {(['worksNineMonthsAYear', 'isTopUniversityOrFortune500', 'isWesternOrNortheastRegion'] as const).map((flag) => (
          <label key={flag} className="checkbox">
            <input type="checkbox" checked={flags[flag]} onChange={(event) => setFlags({ ...flags, [flag]: event.target.checked })} />
            {t(`checklists.ui.points.flag.${flag}`)}
          </label>
        ))}
      </div>
      {salary && !salary.ok ? (
        <p className="field__error" role="alert">
          {t('checklists.ui.points.missingRate', { currency: salary.from })}
        </p>
      ) : null}
      {salary?.ok ? (
        <p className="muted" data-testid="points-salary">
          {t('checklists.ui.points.salaryUsed', { amount: formatCny(salary.amountMinor, i18n.language) })}
        </p>
      ) : null}
      <div className="points__result">
        <div className={`points__total points__total--${estimate.category}`} data-testid="points-total" data-points={estimate.total} data-category={estimate.category}>
          <span className="points__number">{t('checklists.points.total', { total: estimate.total })}</span>
          <span className="points__category">{t(`checklists.points.category.${estimate.category}`)}</span>
          {estimate.upperBound !== estimate.total ? <span className="muted">{t('checklists.points.upperBound', { upperBound: estimate.upperBound })}</span> : null}
        </div>
        <table className="points__factors">
          <thead>
            <tr>
              <th>{t('checklists.ui.points.factor')}</th>
              <th className="num">{t('checklists.ui.points.points')}</th>
              <th className="num">{t('checklists.ui.points.max')}</th>
            </tr>
          </thead>
          <tbody>
            {estimate.factors.map((factor) => (
              <tr key={factor.factor} data-factor={factor.factor}>
                <td>{t(factor.labelKey)}</td>
                <td className="num">{factor.isKnown ? factor.points : <span className="muted">{t('checklists.points.unknown')}</span>}</td>
                <td className="num muted">{factor.maxPoints}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small" data-testid="points-table-used">
        {t('checklists.points.tableUsed')}
      </p>
      <ul className="points__notes">
        {estimate.notes.map((note) => (
          <li key={note.key} data-note={note.key}>
            {t(note.key)}
            {note.needsVerification ? <span className="tag tag--verify">{t('checklists.verify.label')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
});
