import type { IsoDate } from '../dates/iso-date';
import type { AnchorKey, PlanAnchors } from './schema';

/**
 * The start and move dates live in the plan's `move` section (the overview edits them too); keeping a
 * second copy in the checklists section would let the two drift apart. These helpers read and write the
 * anchors with that single source of truth.
 */
export const MOVE_ANCHORS = ['start', 'move'] as const satisfies readonly AnchorKey[];
export type MoveAnchor = (typeof MOVE_ANCHORS)[number];

export function isMoveAnchor(anchor: AnchorKey): anchor is MoveAnchor {
  return anchor === 'start' || anchor === 'move';
}

export interface MoveDates {
  targetStartDate: IsoDate | null;
  targetMoveDate: IsoDate | null;
}

/** Every anchor the deadlines count from: the stored ones plus start and move taken from `move`. */
export function effectiveAnchors(stored: PlanAnchors, move: MoveDates): PlanAnchors {
  const { start: _ignoredStart, move: _ignoredMove, ...rest } = stored;
  const anchors: PlanAnchors = { ...rest };
  if (move.targetStartDate) anchors.start = move.targetStartDate;
  if (move.targetMoveDate) anchors.move = move.targetMoveDate;
  return anchors;
}

/** The stored anchors with one of them set or cleared (never start or move: those belong to `move`). */
export function withStoredAnchor(stored: PlanAnchors, anchor: Exclude<AnchorKey, MoveAnchor>, date: IsoDate | null): PlanAnchors {
  const next: PlanAnchors = { ...stored };
  if (date) next[anchor] = date;
  else delete next[anchor];
  return next;
}

/** The field of `move` that holds a move anchor. */
export function moveFieldOf(anchor: MoveAnchor): keyof MoveDates {
  return anchor === 'start' ? 'targetStartDate' : 'targetMoveDate';
}
