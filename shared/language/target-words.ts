import { getStandard, publishedWordCount, type FrameworkId, type StandardId, type WordStandard } from './frameworks';

interface TargetWordFields {
  framework: FrameworkId;
  standard: StandardId;
  targetLevel: string;
  targetWords: number | null;
}

export interface TargetWordsInfo {
  /** Cumulative words the goal aims for, or null when neither the standard nor the person gives a number. */
  words: number | null;
  /** 'standard' when the number comes from the built-in table, 'person' when the person entered it. */
  origin: 'standard' | 'person' | 'missing';
  standard: WordStandard;
  /** The UI shows "verify with the official source" when this is true. */
  needsVerification: boolean;
}

/**
 * Where a goal's word target comes from. A published count always wins (the schema refuses a different
 * one), so a goal saved before a table correction picks up the corrected figure.
 */
export function targetWordsInfo(goal: TargetWordFields): TargetWordsInfo {
  const standard = getStandard(goal.standard);
  const published = publishedWordCount(goal.standard, goal.targetLevel);
  if (published !== null) return { words: published, origin: 'standard', standard, needsVerification: standard.needsVerification };
  if (goal.targetWords !== null) return { words: goal.targetWords, origin: 'person', standard, needsVerification: false };
  return { words: null, origin: 'missing', standard, needsVerification: false };
}

export function resolveTargetWords(goal: TargetWordFields): number | null {
  return targetWordsInfo(goal).words;
}
