import type { ChecklistItem } from '../../../../shared/checklists/schema';

export function counterIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${(next += 1)}`;
}

export function makeItem(id: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    id,
    templateItemKey: null,
    title: `Item ${id}`,
    details: '',
    category: 'other',
    status: 'todo',
    notes: '',
    due: { kind: 'none' },
    validity: null,
    blockedBy: [],
    attachments: [],
    isCustom: true,
    needsVerification: false,
    ...overrides,
  };
}
