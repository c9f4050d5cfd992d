import type { PlanDocument } from '../plan/plan-schema';

/**
 * What an import would do to the current plan, per kind of item, matched by id: added, changed (same id,
 * different content), removed, unchanged. The profile, the move and the comparison settings are single
 * records: they are either the same or replaced.
 */
export const DIFF_KINDS = ['offers', 'checklists', 'checklistItems', 'goals', 'studyLog'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

export interface KindChange {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface PlanDiff {
  kinds: Record<DiffKind, KindChange>;
  /** Profile, move, anchor dates, comparison and tax settings: true when any of them differs. */
  isSettingsChanged: boolean;
  /** Items in the current plan, and how many of them the import removes. */
  currentItems: number;
  removedItems: number;
  /** True when the import removes more than LARGE_REMOVAL_SHARE of the current plan's items. */
  isLargeRemoval: boolean;
  isIdentical: boolean;
}

/** Over 80% of the current items removed: the person is asked again, in plain words. */
export const LARGE_REMOVAL_SHARE = 0.8;

type Keyed = Map<string, string>;

function keyed<T extends { id: string }>(items: readonly T[], prefix = ''): Keyed {
  return new Map(items.map((item) => [`${prefix}${item.id}`, canonicalJson(item)]));
}

function itemsOf(document: PlanDocument): Record<DiffKind, Keyed> {
  const checklistItems: Keyed = new Map();
  for (const checklist of document.checklists.checklists) {
    for (const [key, value] of keyed(checklist.items, `${checklist.id}/`)) checklistItems.set(key, value);
  }
  // A checklist's own record without its items, so editing one item counts once, as a changed item.
  const checklists = new Map(document.checklists.checklists.map((c) => [c.id, canonicalJson({ ...c, items: c.items.map((i) => i.id) })]));
  return {
    offers: keyed(document.offers),
    checklists,
    checklistItems,
    goals: keyed(document.language.goals),
    studyLog: keyed(document.language.studyLog),
  };
}

function compare(current: Keyed, incoming: Keyed): KindChange {
  const change: KindChange = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  for (const [id, value] of incoming) {
    const before = current.get(id);
    if (before === undefined) change.added++;
    else if (before === value) change.unchanged++;
    else change.changed++;
  }
  for (const id of current.keys()) if (!incoming.has(id)) change.removed++;
  return change;
}

export function diffPlans(current: PlanDocument, incoming: PlanDocument): PlanDiff {
  const before = itemsOf(current);
  const after = itemsOf(incoming);
  const kinds = Object.fromEntries(DIFF_KINDS.map((kind) => [kind, compare(before[kind], after[kind])])) as Record<DiffKind, KindChange>;
  const settingsOf = (d: PlanDocument) =>
    canonicalJson({ profile: d.profile, move: d.move, anchors: d.checklists.anchors, comparison: d.comparison, taxByOffer: d.taxByOffer });
  const isSettingsChanged = settingsOf(current) !== settingsOf(incoming);
  const currentItems = DIFF_KINDS.reduce((sum, kind) => sum + before[kind].size, 0);
  const removedItems = DIFF_KINDS.reduce((sum, kind) => sum + kinds[kind].removed, 0);
  const isIdentical = !isSettingsChanged && DIFF_KINDS.every((kind) => kinds[kind].added + kinds[kind].changed + kinds[kind].removed === 0);
  return {
    kinds,
    isSettingsChanged,
    currentItems,
    removedItems,
    isLargeRemoval: currentItems > 0 && removedItems / currentItems > LARGE_REMOVAL_SHARE,
    isIdentical,
  };
}

/** JSON with object keys sorted, so two equal records compare equal whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
