import { languageName } from '../../i18n/language-name';
import type { TFunction } from 'i18next';
import { findLevel } from '../../../shared/language/frameworks';
import { goalLanguageCode } from '../../../shared/language/goal-language';
import type { LanguageGoal } from '../../../shared/language/schema';

/** "HSK 4" for a built-in level, the person's own words for a custom one. */
export function levelLabel(t: TFunction, goal: Pick<LanguageGoal, 'framework' | 'targetLevel'>, levelId = goal.targetLevel): string {
  if (goal.framework === 'custom') return levelId;
  const level = findLevel(goal.framework, levelId);
  return level ? t(level.labelKey) : levelId;
}

/**
 * A goal's language in the interface language, from its stored code ("zh" reads "Chinese (Mandarin)" or
 * "中文（普通话）"); names stored by older plans are read as their code first (shared goalLanguageCode).
 */
export function goalLanguageName(t: TFunction, locale: string, stored: string): string {
  const code = goalLanguageCode(stored);
  if (code === null) return stored;
  if (code === 'zh') return t('language.ui.goal.defaultLanguage');
  const named = languageName(code, locale);
  return named === code ? stored : named;
}
