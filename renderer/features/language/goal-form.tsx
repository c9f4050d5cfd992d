import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FRAMEWORK_IDS, getFramework, getStandard, publishedWordCount, type FrameworkId, type StandardId } from '../../../shared/language/frameworks';
import type { LanguageGoal } from '../../../shared/language/schema';
import { usePlanner } from '../../store';
import { BuiltInTargets } from './built-in-targets';
import { changeFramework, validateGoalDraft, type GoalDraft } from './goal-draft';
import { LanguageField, LanguageSelect } from './language-field';
import { formatNumber } from './format';

interface GoalFormProps {
  initial: GoalDraft;
  /** The goal as saved, when editing; null for a new goal. */
  previous: LanguageGoal | null;
  today: string;
  onDone: (savedId: string | null) => void;
  /** Told of every change to the draft (a new goal's draft is kept in the store until saved or cancelled). */
  onDraftChange?: (draft: GoalDraft) => void;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * Add or edit a goal. Every keystroke re-runs the shared validation on the whole draft (with today's date),
 * messages show at the fields the person has touched, and Save stores the goal only when all of it is valid.
 */
export function GoalForm({ initial, previous, today, onDone, onDraftChange }: GoalFormProps) {
  const { t, i18n } = useTranslation();
  const saveLanguageGoal = usePlanner((s) => s.saveLanguageGoal);
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [hasTriedSave, setHasTriedSave] = useState(false);
  const result = useMemo(() => validateGoalDraft(draft, today, previous), [draft, today, previous]);
  useEffect(() => {
    onDraftChange?.(draft);
  }, [draft, onDraftChange]);
  const framework = getFramework(draft.framework);
  const standard = getStandard(draft.standard);
  const published = publishedWordCount(draft.standard, draft.targetLevel);

  const errorOf = (field: string) => (!result.ok && (hasTriedSave || touched.has(field)) ? (result.errors[field] ?? null) : null);
  const update = (field: string, patch: Partial<GoalDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setTouched((current) => new Set(current).add(field));
  };
  const text = (field: keyof GoalDraft & string) => ({
    name: `goal.${field}`,
    value: String(draft[field]),
    onChange: (value: string) => update(field, { [field]: value }),
    error: errorOf(field),
  });
  const examText = (field: 'examDate' | 'registrationDeadline' | 'dateChangeCutoff' | 'resultsDate') => ({
    ...text(field),
    error: errorOf(`exam.${field}`),
    isDate: true,
  });

  const levelOptions = framework.levels.map((level) => ({ value: level.id, label: t(level.labelKey) }));
  const save = () => {
    setHasTriedSave(true);
    if (!result.ok) return;
    saveLanguageGoal(result.value);
    onDone(result.value.id);
  };

  return (
    <section className="card language-goal-form" aria-labelledby="goal-form-title" data-testid="goal-form">
      <h2 id="goal-form-title">{previous ? t('language.ui.goal.editTitle') : t('language.ui.goal.addTitle')}</h2>
      <div className="form-grid">
        <LanguageField label={t('language.field.language')} {...text('language')} placeholder={t('language.ui.goal.languagePlaceholder')} />
        <LanguageSelect<FrameworkId>
          name="goal.framework"
          label={t('language.field.framework')}
          value={draft.framework}
          options={FRAMEWORK_IDS.map((id) => ({ value: id, label: t(getFramework(id).labelKey) }))}
          onChange={(value) => value && (setDraft((current) => changeFramework(current, value)), setTouched((s) => new Set(s).add('framework')))}
          error={errorOf('framework')}
          hint={framework.noteKey ? t(framework.noteKey) : undefined}
        />
        <LanguageSelect<StandardId>
          name="goal.standard"
          label={t('language.field.standard')}
          value={draft.standard}
          options={framework.standardIds.map((id) => ({ value: id, label: t(getStandard(id).labelKey) }))}
          onChange={(value) => value && update('standard', { standard: value })}
          error={errorOf('standard')}
          hint={
            standard.needsVerification ? (
              <span className="language-verify" data-testid="standard-verify">
                {t('language.standard.needsVerification')}
              </span>
            ) : undefined
          }
        />
        {draft.framework === 'custom' ? (
          <LanguageField label={t('language.field.targetLevel')} {...text('targetLevel')} />
        ) : (
          <LanguageSelect
            name="goal.targetLevel"
            label={t('language.field.targetLevel')}
            value={draft.targetLevel}
            options={levelOptions}
            emptyLabel={t('field.choose')}
            onChange={(value) => update('targetLevel', { targetLevel: value })}
            error={errorOf('targetLevel')}
          />
        )}
        {published !== null ? (
          <div className="field" data-testid="target-words-built-in">
            <span className="field__label">{t('language.field.targetWords')}</span>
            <strong className="language-figure">{t('language.ui.words', { words: formatNumber(published, i18n.language) })}</strong>
            <span className="field__hint">
              {t('language.ui.goal.fromStandard', { standard: t(standard.labelKey) })}
              {standard.needsVerification ? ` ${t('language.standard.needsVerification')}` : ''}
            </span>
          </div>
        ) : (
          <LanguageField label={t('language.field.targetWords')} inputMode="numeric" {...text('targetWords')} hint={t('language.ui.goal.targetWordsHint')} />
        )}
        <LanguageField label={t('language.field.targetDate')} {...text('targetDate')} isDate>
          <label className="language-checkbox">
            <input
              type="checkbox"
              name="goal.isExamDate"
              checked={draft.isExamDate}
              onChange={(event) => update('isExamDate', { isExamDate: event.target.checked })}
            />
            {t('language.field.isExamDate')}
          </label>
        </LanguageField>
        {draft.framework === 'custom' ? (
          <LanguageField label={t('language.field.currentLevel')} {...text('currentLevel')} />
        ) : (
          <LanguageSelect
            name="goal.currentLevel"
            label={t('language.field.currentLevel')}
            value={draft.currentLevel}
            options={levelOptions}
            emptyLabel={t('language.ui.goal.noLevelYet')}
            onChange={(value) => update('currentLevel', { currentLevel: value })}
            error={errorOf('currentLevel')}
          />
        )}
        <LanguageField
          label={t('language.field.knownWordsNow')}
          inputMode="numeric"
          {...text('knownWordsNow')}
          hint={standard.totalWords !== null ? t('language.ui.goal.knownWordsHint', { max: formatNumber(standard.totalWords, i18n.language) }) : undefined}
        />
        <LanguageField label={t('language.field.knownWordsAsOf')} {...text('knownWordsAsOf')} isDate />
        <LanguageField label={t('language.field.hoursPerWeek')} inputMode="decimal" {...text('hoursPerWeek')} />
        <div className="field">
          <LanguageSelect<'per-week' | 'weekdays'>
            name="goal.restKind"
            label={t('language.field.rest')}
            value={draft.restKind}
            options={[
              { value: 'per-week', label: t('language.ui.rest.perWeek') },
              { value: 'weekdays', label: t('language.ui.rest.weekdays') },
            ]}
            onChange={(value) => value && update('rest', { restKind: value })}
          />
          {draft.restKind === 'per-week' ? (
            <LanguageSelect
              name="goal.restDaysPerWeek"
              label={t('language.ui.rest.daysPerWeek')}
              value={draft.restDaysPerWeek}
              options={['0', '1', '2', '3', '4', '5', '6'].map((value) => ({ value, label: value }))}
              onChange={(value) => update('rest', { restDaysPerWeek: value })}
              error={errorOf('rest')}
            />
          ) : (
            <fieldset className="language-weekdays">
              <legend className="visually-hidden">{t('language.ui.rest.weekdays')}</legend>
              {WEEKDAYS.map((day) => (
                <label key={day}>
                  <input
                    type="checkbox"
                    name={`goal.restWeekday.${day}`}
                    checked={draft.restWeekdays.includes(day)}
                    onChange={(event) =>
                      update('rest', {
                        restWeekdays: event.target.checked ? [...draft.restWeekdays, day] : draft.restWeekdays.filter((d) => d !== day),
                      })
                    }
                  />
                  {t(`language.weekday.${day}`)}
                </label>
              ))}
              {errorOf('rest') ? (
                <div className="field__error" role="alert" data-field-error="goal.rest">
                  {t(errorOf('rest')!.key)}
                </div>
              ) : null}
            </fieldset>
          )}
        </div>
      </div>
      <div className="form-grid form-grid--wide">
        <LanguageField label={t('language.field.why')} multiline {...text('why')} placeholder={t('language.ui.goal.whyPlaceholder')} />
      </div>
      <h3>{t('language.ui.goal.examTitle')}</h3>
      <p className="muted">{t('language.ui.goal.examIntro')}</p>
      <div className="form-grid">
        {draft.isExamDate ? null : <LanguageField label={t('language.field.examDate')} {...examText('examDate')} />}
        <LanguageField label={t('language.field.registrationDeadline')} {...examText('registrationDeadline')} />
        <LanguageField
          label={t('language.field.dateChangeCutoff')}
          {...examText('dateChangeCutoff')}
          hint={framework.dateChangeCutoffDays !== null ? t('language.ui.goal.cutoffHint', { days: framework.dateChangeCutoffDays }) : undefined}
        />
        <LanguageField label={t('language.field.resultsDate')} {...examText('resultsDate')} />
      </div>
      {hasTriedSave && !result.ok ? (
        <p className="field__error" role="alert" data-testid="goal-form-invalid">
          {t('language.ui.goal.fixFields')}
        </p>
      ) : null}
      <div className="language-actions">
        <button type="button" className="primary" onClick={save} data-testid="goal-save">
          {t('language.ui.goal.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('language.ui.cancel')}
        </button>
      </div>
      <BuiltInTargets frameworkId={draft.framework} highlightLevel={draft.targetLevel} />
    </section>
  );
}
