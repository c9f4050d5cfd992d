import type { TFunction } from 'i18next';
import { findLevel } from '../../../shared/language/frameworks';
import type { LanguageGoal } from '../../../shared/language/schema';

/** "HSK 4" for a built-in level, the person's own words for a custom one. */
export function levelLabel(t: TFunction, goal: Pick<LanguageGoal, 'framework' | 'targetLevel'>, levelId = goal.targetLevel): string {
  if (goal.framework === 'custom') return levelId;
  const level = findLevel(goal.framework, levelId);
  return level ? t(level.labelKey) : levelId;
}
