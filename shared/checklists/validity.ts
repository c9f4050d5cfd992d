import { addMonthsIso, daysBetween, type IsoDate } from '../dates/iso-date';
import { offsetIsoDate, resolveDueDate } from './due-dates';
import type { AnchorKey, ChecklistItem, NeededBy, PlanAnchors, Validity } from './schema';

/*
 * Validity windows: a document counts as valid up to and including its last valid day. For a certificate
 * valid N months from issue, that day is issue date + N months (month ends clamp: issued 2026-08-31,
 * valid 6 months -> 2027-02-28). For a passport that must be valid N months past entry, the printed expiry
 * must be on or after entry + N months.
 */

export type NeededOnResolution =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'missing-anchor'; anchor: AnchorKey }
  | { kind: 'item-undated'; itemId: string }
  | { kind: 'item-missing'; itemId: string }
  | { kind: 'not-set' };

export function resolveNeededOn(
  neededBy: NeededBy | null,
  items: readonly Pick<ChecklistItem, 'id' | 'due'>[],
  anchors: PlanAnchors,
): NeededOnResolution {
  if (!neededBy) return { kind: 'not-set' };
  if (neededBy.kind === 'anchor') {
    const anchorDate = anchors[neededBy.anchor];
    if (!anchorDate) return { kind: 'missing-anchor', anchor: neededBy.anchor };
    return { kind: 'date', date: offsetIsoDate(anchorDate, 0, neededBy.offsetDays ?? 0) };
  }
  const target = items.find((item) => item.id === neededBy.itemId);
  if (!target) return { kind: 'item-missing', itemId: neededBy.itemId };
  const resolution = resolveDueDate(target, anchors);
  if (resolution.kind === 'date') return { kind: 'date', date: resolution.date };
  if (resolution.kind === 'missing-anchor') return { kind: 'missing-anchor', anchor: resolution.anchor };
  return { kind: 'item-undated', itemId: neededBy.itemId };
}

export type ValidityCheck =
  | { kind: 'not-applicable' }
  | { kind: 'needed-date-unknown'; reason: Exclude<NeededOnResolution, { kind: 'date' }> }
  /** No issue date yet: tells the person the earliest issue date that still covers the need. */
  | { kind: 'needs-issue-date'; neededOn: IsoDate; earliestUsefulIssueOn: IsoDate }
  /** No expiry date yet: tells the person the date the document must still be valid on. */
  | { kind: 'needs-expiry-date'; neededOn: IsoDate; mustBeValidUntil: IsoDate }
  | { kind: 'issued-after-needed'; issuedOn: IsoDate; neededOn: IsoDate }
  | { kind: 'expires-too-early'; validUntil: IsoDate; mustBeValidUntil: IsoDate; neededOn: IsoDate; daysShort: number }
  | { kind: 'ok'; validUntil: IsoDate; mustBeValidUntil: IsoDate; neededOn: IsoDate; marginDays: number };

/** Last day a certificate valid `months` from `issuedOn` still counts. */
export function validUntilFromIssue(issuedOn: IsoDate, months: number): IsoDate {
  return addMonthsIso(issuedOn, months);
}

/**
 * The earliest issue date whose validity still reaches `neededOn`. Subtracting months is not the inverse
 * of adding them at month ends (2027-08-31 - 6 months = 2027-02-28, but 2027-02-28 + 6 months =
 * 2027-08-28), so step forward from the naive answer until the window truly covers the date.
 */
export function earliestUsefulIssueDate(neededOn: IsoDate, months: number): IsoDate {
  let candidate = addMonthsIso(neededOn, -months);
  while (validUntilFromIssue(candidate, months) < neededOn) candidate = offsetIsoDate(candidate, 0, 1);
  return candidate;
}

export function checkValidity(
  validity: Validity,
  items: readonly Pick<ChecklistItem, 'id' | 'due'>[],
  anchors: PlanAnchors,
): ValidityCheck {
  const needed = resolveNeededOn(validity.neededBy, items, anchors);
  if (needed.kind !== 'date') return { kind: 'needed-date-unknown', reason: needed };
  const neededOn = needed.date;

  if (validity.basis === 'issue-date') {
    if (!validity.issuedOn) {
      return { kind: 'needs-issue-date', neededOn, earliestUsefulIssueOn: earliestUsefulIssueDate(neededOn, validity.months) };
    }
    if (validity.issuedOn > neededOn) return { kind: 'issued-after-needed', issuedOn: validity.issuedOn, neededOn };
    return compare(validUntilFromIssue(validity.issuedOn, validity.months), neededOn, neededOn);
  }

  const mustBeValidUntil = addMonthsIso(neededOn, validity.validMonthsPast);
  if (!validity.expiresOn) return { kind: 'needs-expiry-date', neededOn, mustBeValidUntil };
  return compare(validity.expiresOn, mustBeValidUntil, neededOn);
}

function compare(validUntil: IsoDate, mustBeValidUntil: IsoDate, neededOn: IsoDate): ValidityCheck {
  const margin = daysBetween(mustBeValidUntil, validUntil);
  if (margin < 0) return { kind: 'expires-too-early', validUntil, mustBeValidUntil, neededOn, daysShort: -margin };
  return { kind: 'ok', validUntil, mustBeValidUntil, neededOn, marginDays: margin };
}

/** The item's validity check, or not-applicable for items without one and for items marked not needed. */
export function checkItemValidity(
  item: Pick<ChecklistItem, 'validity' | 'status'>,
  items: readonly Pick<ChecklistItem, 'id' | 'due'>[],
  anchors: PlanAnchors,
): ValidityCheck {
  if (!item.validity || item.status === 'not-needed') return { kind: 'not-applicable' };
  return checkValidity(item.validity, items, anchors);
}

/** Warnings the person must act on (a missing date is a prompt, not a warning). */
export function isValidityProblem(check: ValidityCheck): boolean {
  return check.kind === 'expires-too-early' || check.kind === 'issued-after-needed';
}
