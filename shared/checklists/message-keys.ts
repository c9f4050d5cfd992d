// Key builders for values that come from data (checklists messages), so callers never assemble key strings by hand.
export const statusLabelKey = (status: string): string => `checklists.status.${status}`;
export const categoryLabelKey = (category: string): string => `checklists.category.${category}`;
export const anchorLabelKey = (anchor: string): string => `checklists.anchor.${anchor}`;
export const urgencyLabelKey = (urgency: string): string => `checklists.urgency.${urgency}`;
export const validityMessageKey = (kind: string): string => `checklists.validity.${kind}`;
export const VERIFY_WITH_OFFICIAL_SOURCE_KEY = 'checklists.verify.label';
