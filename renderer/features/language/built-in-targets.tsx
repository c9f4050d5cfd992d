import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { getFramework, getStandard, type FrameworkId, type Source } from '../../../shared/language/frameworks';
import { sourceTitle } from '../../../shared/sources';
import { formatNumber } from './format';
import { useDates } from '../../i18n/use-dates';

interface BuiltInTargetsProps {
  frameworkId: FrameworkId;
  highlightLevel?: string;
  isOpen?: boolean;
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <ul className="language-sources">
      {sources.map((source) => (
        <li key={`${source.title}-${source.date}`}>
          {sourceTitle(source, dates.locale)}
          {t('text.aside', { text: dates.partial(source.date) })}{source.url ? <> · <span className="language-url">{source.url}</span></> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * The framework's built-in table: cumulative words per standard, characters, grammar points and the official
 * study-time descriptor, with the sources and the review date, and the contested standard flagged.
 */
export const BuiltInTargets = memo(function BuiltInTargets({ frameworkId, highlightLevel, isOpen }: BuiltInTargetsProps) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const framework = getFramework(frameworkId);
  if (framework.levels.length === 0) return null;
  const standards = framework.standardIds.map(getStandard).filter((standard) => Object.keys(standard.cumulativeWords).length > 0);
  const hasCharacters = framework.levels.some((level) => level.cumulativeCharacters !== null);
  const hasStudyTime = framework.levels.some((level) => level.studyTime !== null);
  const count = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value, i18n.language));
  return (
    <details className="language-builtins" open={isOpen} data-testid="built-in-targets">
      <summary>{t('language.ui.builtins.title', { framework: t(framework.labelKey) })}</summary>
      <table className="language-table">
        <thead>
          <tr>
            <th>{t('language.ui.builtins.level')}</th>
            {standards.map((standard) => (
              <th key={standard.id}>
                {t('language.ui.builtins.words', { standard: t(standard.labelKey) })}
                {standard.needsVerification ? <span className="language-verify-badge"> {t('language.ui.verify')}</span> : null}
              </th>
            ))}
            {hasCharacters ? <th>{t('language.ui.builtins.characters')}</th> : null}
            {hasCharacters ? <th>{t('language.ui.builtins.grammar')}</th> : null}
            {hasStudyTime ? <th>{t('language.ui.builtins.studyTime')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {framework.levels.map((level) => (
            <tr key={level.id} className={level.id === highlightLevel ? 'language-row--highlight' : undefined}>
              <td>
                {t(level.labelKey)}
                {level.band ? <div className="muted small">{t('language.level.band', { band: level.band })}</div> : null}
              </td>
              {standards.map((standard) => (
                <td key={standard.id} className="num">
                  {count(standard.cumulativeWords[level.id])}
                </td>
              ))}
              {hasCharacters ? <td className="num">{count(level.cumulativeCharacters)}</td> : null}
              {hasCharacters ? <td className="num">{count(level.cumulativeGrammarPoints)}</td> : null}
              {hasStudyTime ? <td>{level.studyTime ? t(level.studyTime.descriptionKey) : '–'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {standards.some((standard) => standard.needsVerification) ? (
        <p className="language-verify">{t('language.standard.needsVerification')}</p>
      ) : null}
      <p className="muted small">{t('language.ui.builtins.sources')}</p>
      <SourceList sources={framework.sources} />
      <p className="muted small">{t('language.standard.reviewedOn', { date: dates.date(framework.reviewedOn) })}</p>
    </details>
  );
});
