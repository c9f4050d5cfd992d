import type { BilingualText } from '../localized-text';
import type { ItemCategory } from '../schema';
import type { TemplateItem } from '../template-schema';

/**
 * General-advice items (no validity window, nothing uncertain to flag) in one line each, so the generic
 * moving templates read as the task lists they are. Days are relative to the move date.
 */
export function plainItem(
  key: string,
  category: ItemCategory,
  daysFromMove: number | null,
  title: BilingualText,
  details: BilingualText,
  blockedBy: string[] = [],
): TemplateItem {
  return {
    key,
    title,
    details,
    category,
    due: daysFromMove === null ? { kind: 'none' } : { kind: 'relative', anchor: 'move', offsetDays: daysFromMove },
    validity: null,
    blockedBy,
    needsVerification: false,
  };
}
