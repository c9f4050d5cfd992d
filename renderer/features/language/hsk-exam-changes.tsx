import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn } from '../../../shared/checklists/localized-text';
import { HSK_EXAM_CHANGES, HSK_EXAM_CHANGES_REVIEWED_ON, HSK_EXAM_SOURCES } from '../../../shared/language/hsk-exam-changes';
import type { FrameworkId } from '../../../shared/language/frameworks';
import { formatDate } from '../residency/format-date';
import { SourceList } from './built-in-targets';
import { interfaceLanguageOf } from '../../i18n/interface-language';

/** On HSK goals (2.0 or 3.0): how the HSK 3.0 exam differs, with its sources and review date. */
export const HskExamChanges = memo(function HskExamChanges({ frameworkId }: { frameworkId: FrameworkId }) {
  const { t, i18n } = useTranslation();
  if (frameworkId !== 'hsk2' && frameworkId !== 'hsk3') return null;
  const locale = interfaceLanguageOf(i18n.language);
  return (
    <section className="card" aria-labelledby="hsk-exam-title" data-testid="hsk-exam-changes">
      <h2 id="hsk-exam-title">{t('language.ui.hskExam.title')}</h2>
      <p className="muted">{t('language.ui.hskExam.intro')}</p>
      <ul>
        {HSK_EXAM_CHANGES.map((change) => (
          <li key={change.key} data-change={change.key}>
            {textIn(change.text, locale)}
            {change.needsVerification ? <span className="language-verify"> {t('language.ui.hskExam.verify')}</span> : null}
          </li>
        ))}
      </ul>
      <div className="language-source-note">
        <span className="muted small">{t('language.ui.hskExam.reviewedOn', { date: formatDate(HSK_EXAM_CHANGES_REVIEWED_ON, i18n.language) })}</span>
        <SourceList sources={HSK_EXAM_SOURCES} />
      </div>
    </section>
  );
});
