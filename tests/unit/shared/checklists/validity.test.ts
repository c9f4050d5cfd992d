import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsIso, addDaysIso } from '../../../../shared/dates/iso-date';
import {
  checkItemValidity,
  checkValidity,
  earliestUsefulIssueDate,
  isValidityProblem,
  validUntilFromIssue,
} from '../../../../shared/checklists/validity';
import type { Validity } from '../../../../shared/checklists/schema';
import { makeItem } from './fixtures';

const criminalRecord = (issuedOn: string | null, neededBy: Validity['neededBy'] = { kind: 'item', itemId: 'application' }): Validity => ({
  basis: 'issue-date',
  months: 6,
  issuedOn,
  neededBy,
});
const application = makeItem('application', { due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -30 } });
const anchors = { 'visa-appointment': '2027-02-10', entry: '2027-03-10' };
// The application is due 2027-01-11.

describe('certificates valid N months from issue', () => {
  it('is ok when still valid on the day it is needed, and says by how much', () => {
    expect(checkValidity(criminalRecord('2026-08-01'), [application], anchors)).toEqual({
      kind: 'ok',
      validUntil: '2027-02-01',
      mustBeValidUntil: '2027-01-11',
      neededOn: '2027-01-11',
      marginDays: 21,
    });
  });

  it('warns when it will have expired by the date it is needed', () => {
    const check = checkValidity(criminalRecord('2026-06-15'), [application], anchors);
    expect(check).toEqual({
      kind: 'expires-too-early',
      validUntil: '2026-12-15',
      mustBeValidUntil: '2027-01-11',
      neededOn: '2027-01-11',
      daysShort: 27,
    });
    expect(isValidityProblem(check)).toBe(true);
  });

  it('counts the last valid day as valid (boundary)', () => {
    expect(checkValidity(criminalRecord('2026-07-11'), [application], anchors)).toMatchObject({ kind: 'ok', marginDays: 0 });
    expect(checkValidity(criminalRecord('2026-07-10'), [application], anchors)).toMatchObject({ kind: 'expires-too-early', daysShort: 1 });
  });

  it('follows the anchor: moving the appointment later can make a certificate too old', () => {
    expect(checkValidity(criminalRecord('2026-08-01'), [application], { 'visa-appointment': '2027-03-10' })).toMatchObject({
      kind: 'expires-too-early',
      neededOn: '2027-02-08',
    });
  });

  it('tells the earliest useful issue date while the certificate is not yet requested', () => {
    expect(checkValidity(criminalRecord(null), [application], anchors)).toEqual({
      kind: 'needs-issue-date',
      neededOn: '2027-01-11',
      earliestUsefulIssueOn: '2026-07-11',
    });
  });

  it('flags a certificate issued after the day it was needed', () => {
    const check = checkValidity(criminalRecord('2027-01-20'), [application], anchors);
    expect(check).toEqual({ kind: 'issued-after-needed', issuedOn: '2027-01-20', neededOn: '2027-01-11' });
    expect(isValidityProblem(check)).toBe(true);
  });

  it('clamps at month ends: issued 2026-08-31, valid 6 months -> 2027-02-28', () => {
    expect(validUntilFromIssue('2026-08-31', 6)).toBe('2027-02-28');
    expect(checkValidity(criminalRecord('2026-08-31', { kind: 'anchor', anchor: 'entry' }), [], { entry: '2027-03-01' })).toMatchObject({
      kind: 'expires-too-early',
      validUntil: '2027-02-28',
      daysShort: 1,
    });
  });

  it('finds the true earliest issue date where subtracting months is not the inverse of adding them', () => {
    // Naively 2027-08-31 - 6 months = 2027-02-28, but that certificate runs only to 2027-08-28.
    expect(earliestUsefulIssueDate('2027-08-31', 6)).toBe('2027-03-01');
    expect(earliestUsefulIssueDate('2027-01-11', 6)).toBe('2026-07-11');
    expect(earliestUsefulIssueDate('2028-02-29', 12)).toBe('2027-03-01');
  });

  it('earliest useful issue date is tight: it covers the need, the day before does not (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDaysIso('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 36 }), (neededOn, months) => {
        const earliest = earliestUsefulIssueDate(neededOn, months);
        expect(validUntilFromIssue(earliest, months) >= neededOn).toBe(true);
        expect(validUntilFromIssue(addDaysIso(earliest, -1), months) < neededOn).toBe(true);
      }),
    );
  });

  it('is robust across daylight-saving changes', () => {
    // Needed on the spring-forward day, issued six months before on the fall-back day.
    expect(checkValidity(criminalRecord('2026-11-01', { kind: 'anchor', anchor: 'entry' }), [], { entry: '2027-03-14' })).toMatchObject({
      kind: 'ok',
      validUntil: '2027-05-01',
      marginDays: 48,
    });
  });
});

describe('documents that must outlast the need (passport 6 months past entry)', () => {
  const passport = (expiresOn: string | null): Validity => ({
    basis: 'expiry-date',
    validMonthsPast: 6,
    expiresOn,
    neededBy: { kind: 'anchor', anchor: 'entry' },
  });

  it('warns when the passport expires less than 6 months after entry', () => {
    expect(checkValidity(passport('2027-08-01'), [], { entry: '2027-03-10' })).toEqual({
      kind: 'expires-too-early',
      validUntil: '2027-08-01',
      mustBeValidUntil: '2027-09-10',
      neededOn: '2027-03-10',
      daysShort: 40,
    });
  });

  it('accepts a passport valid exactly to entry + 6 months, and says the date when expiry is unknown', () => {
    expect(checkValidity(passport('2027-09-10'), [], { entry: '2027-03-10' })).toMatchObject({ kind: 'ok', marginDays: 0 });
    expect(checkValidity(passport(null), [], { entry: '2027-03-10' })).toEqual({
      kind: 'needs-expiry-date',
      neededOn: '2027-03-10',
      mustBeValidUntil: '2027-09-10',
    });
  });

  it('uses month-end clamping for the margin: entry 2027-08-31 needs validity to 2028-02-29', () => {
    expect(addMonthsIso('2027-08-31', 6)).toBe('2028-02-29');
    expect(checkValidity(passport('2028-02-28'), [], { entry: '2027-08-31' })).toMatchObject({ kind: 'expires-too-early', daysShort: 1 });
  });
});

describe('when the needed date is unknown', () => {
  it('says which anchor is missing, or that the target item has no date', () => {
    expect(checkValidity(criminalRecord('2026-08-01'), [application], {})).toEqual({
      kind: 'needed-date-unknown',
      reason: { kind: 'missing-anchor', anchor: 'visa-appointment' },
    });
    expect(checkValidity(criminalRecord('2026-08-01'), [makeItem('application')], anchors)).toEqual({
      kind: 'needed-date-unknown',
      reason: { kind: 'item-undated', itemId: 'application' },
    });
    expect(checkValidity(criminalRecord('2026-08-01'), [], anchors)).toEqual({
      kind: 'needed-date-unknown',
      reason: { kind: 'item-missing', itemId: 'application' },
    });
    expect(checkValidity(criminalRecord('2026-08-01', null), [], anchors)).toEqual({
      kind: 'needed-date-unknown',
      reason: { kind: 'not-set' },
    });
  });

  it('applies an anchor offset for "needed by"', () => {
    expect(
      checkValidity(criminalRecord(null, { kind: 'anchor', anchor: 'entry', offsetDays: 15 }), [], { entry: '2027-03-10' }),
    ).toMatchObject({ neededOn: '2027-03-25' });
  });

  it('does not check items without validity or marked not needed', () => {
    expect(checkItemValidity(makeItem('x'), [], anchors)).toEqual({ kind: 'not-applicable' });
    const expired = makeItem('x', { status: 'not-needed', validity: criminalRecord('2020-01-01', { kind: 'anchor', anchor: 'entry' }) });
    expect(checkItemValidity(expired, [], anchors)).toEqual({ kind: 'not-applicable' });
    expect(checkItemValidity({ ...expired, status: 'done' }, [], anchors).kind).toBe('expires-too-early');
  });
});
