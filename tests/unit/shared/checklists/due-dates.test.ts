import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween } from '../../../../shared/dates/iso-date';
import {
  anchorOrderWarnings,
  assessDeadline,
  daysLeft,
  missingAnchorMessageKey,
  resolveDueDate,
  urgencyOf,
} from '../../../../shared/checklists/due-dates';
import { checklistMessages } from '../../../../shared/checklists/messages';
import { ANCHOR_KEYS } from '../../../../shared/checklists/checklist-values';
import { makeItem } from './fixtures';

describe('resolveDueDate', () => {
  it('is none without a due rule and the date itself for a fixed one', () => {
    expect(resolveDueDate(makeItem('a'), {})).toEqual({ kind: 'none' });
    expect(resolveDueDate(makeItem('a', { due: { kind: 'fixed', date: '2027-05-01' } }), {})).toEqual({ kind: 'date', date: '2027-05-01' });
  });

  it('reports a missing anchor instead of guessing a date', () => {
    const item = makeItem('a', { due: { kind: 'relative', anchor: 'entry', offsetDays: 30 } });
    expect(resolveDueDate(item, { start: '2027-03-01' })).toEqual({ kind: 'missing-anchor', anchor: 'entry' });
  });

  it('counts entry + 30 and entry + 1 from 2027-03-10 (the issue’s acceptance dates)', () => {
    const anchors = { entry: '2027-03-10' };
    expect(resolveDueDate(makeItem('r', { due: { kind: 'relative', anchor: 'entry', offsetDays: 30 } }), anchors)).toEqual({ kind: 'date', date: '2027-04-09' });
    expect(resolveDueDate(makeItem('p', { due: { kind: 'relative', anchor: 'entry', offsetDays: 1 } }), anchors)).toEqual({ kind: 'date', date: '2027-03-11' });
  });

  it('does not slip a day across the US daylight-saving changes (tests run in America/New_York)', () => {
    const due = (anchor: string, offsetDays: number) =>
      resolveDueDate(makeItem('x', { due: { kind: 'relative', anchor: 'entry', offsetDays } }), { entry: anchor });
    // Spring forward 2027-03-14, fall back 2027-11-07.
    expect(due('2027-03-13', 1)).toEqual({ kind: 'date', date: '2027-03-14' });
    expect(due('2027-03-14', 1)).toEqual({ kind: 'date', date: '2027-03-15' });
    expect(due('2027-03-15', -2)).toEqual({ kind: 'date', date: '2027-03-13' });
    expect(due('2027-11-06', 1)).toEqual({ kind: 'date', date: '2027-11-07' });
    expect(due('2027-11-07', 1)).toEqual({ kind: 'date', date: '2027-11-08' });
    expect(due('2027-10-20', 30)).toEqual({ kind: 'date', date: '2027-11-19' });
  });

  it('crosses month and year ends, and leap days', () => {
    const due = (entry: string, offsetDays: number, offsetMonths?: number) =>
      resolveDueDate(makeItem('x', { due: { kind: 'relative', anchor: 'entry', offsetDays, ...(offsetMonths === undefined ? {} : { offsetMonths }) } }), { entry });
    expect(due('2027-01-31', 1)).toEqual({ kind: 'date', date: '2027-02-01' });
    expect(due('2027-02-28', 1)).toEqual({ kind: 'date', date: '2027-03-01' });
    expect(due('2028-02-28', 1)).toEqual({ kind: 'date', date: '2028-02-29' });
    expect(due('2027-12-20', 15)).toEqual({ kind: 'date', date: '2028-01-04' });
    expect(due('2027-03-01', -1)).toEqual({ kind: 'date', date: '2027-02-28' });
    // Months first (clamped to the month's end), then days.
    expect(due('2027-01-31', 0, 1)).toEqual({ kind: 'date', date: '2027-02-28' });
    expect(due('2027-01-31', -1, 1)).toEqual({ kind: 'date', date: '2027-02-27' });
    expect(due('2027-08-31', 0, -6)).toEqual({ kind: 'date', date: '2027-02-28' });
  });

  it('moves every dependent deadline when the anchor changes', () => {
    const items = [1, 15, 30].map((offsetDays) => makeItem(`e${offsetDays}`, { due: { kind: 'relative', anchor: 'entry', offsetDays } }));
    const before = items.map((item) => resolveDueDate(item, { entry: '2027-03-10' }));
    const after = items.map((item) => resolveDueDate(item, { entry: '2027-03-17' }));
    before.forEach((resolution, index) => {
      const moved = after[index]!;
      if (resolution.kind !== 'date' || moved.kind !== 'date') throw new Error('expected dates');
      expect(daysBetween(resolution.date, moved.date)).toBe(7);
    });
  });

  it('agrees with day arithmetic for any anchor and offset (property)', () => {
    const isoDates = fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }).map((d) => {
      const y = d.getFullYear();
      const m = String(d.getMonth() + 1).padStart(2, '0');
      const day = String(d.getDate()).padStart(2, '0');
      return `${y}-${m}-${day}`;
    });
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -400, max: 400 }), (entry, offsetDays) => {
        const resolution = resolveDueDate(makeItem('x', { due: { kind: 'relative', anchor: 'entry', offsetDays } }), { entry });
        expect(resolution.kind).toBe('date');
        if (resolution.kind === 'date') {
          expect(daysBetween(entry, resolution.date)).toBe(offsetDays);
          expect(resolution.date).toBe(addDaysIso(entry, offsetDays));
        }
      }),
    );
  });
});

describe('days left and urgency', () => {
  it('counts calendar days, zero on the day and negative after', () => {
    expect(daysLeft('2027-04-09', '2027-03-10')).toBe(30);
    expect(daysLeft('2027-03-10', '2027-03-10')).toBe(0);
    expect(daysLeft('2027-03-09', '2027-03-10')).toBe(-1);
    // Across spring-forward: a 23-hour day still counts as one.
    expect(daysLeft('2027-03-15', '2027-03-13')).toBe(2);
  });

  it('classifies overdue, due soon (inclusive), ok, undated and done', () => {
    expect(urgencyOf('todo', -1)).toBe('overdue');
    expect(urgencyOf('todo', 0)).toBe('due-soon');
    expect(urgencyOf('in-progress', 14)).toBe('due-soon');
    expect(urgencyOf('todo', 15)).toBe('ok');
    expect(urgencyOf('todo', 15, 30)).toBe('due-soon');
    expect(urgencyOf('todo', null)).toBe('undated');
    expect(urgencyOf('done', -100)).toBe('done');
    expect(urgencyOf('not-needed', -1)).toBe('done');
  });

  it('assesses an item in one call', () => {
    const item = makeItem('r', { due: { kind: 'relative', anchor: 'entry', offsetDays: 30 } });
    expect(assessDeadline(item, { entry: '2027-03-10' }, '2027-04-01')).toEqual({
      resolution: { kind: 'date', date: '2027-04-09' },
      daysLeft: 8,
      urgency: 'due-soon',
    });
    expect(assessDeadline(item, { entry: '2027-03-10' }, '2027-04-10').urgency).toBe('overdue');
    expect(assessDeadline(item, {}, '2027-04-10')).toEqual({
      resolution: { kind: 'missing-anchor', anchor: 'entry' },
      daysLeft: null,
      urgency: 'undated',
    });
  });
});

describe('missing-anchor messages and anchor order', () => {
  it('has "set the entry date to see this deadline" for every anchor in both languages', () => {
    expect(missingAnchorMessageKey('entry')).toBe('checklists.due.missingAnchor.entry');
    expect(checklistMessages.en.checklists.due.missingAnchor.entry).toBe('Set the entry date to see this deadline.');
    for (const anchor of ANCHOR_KEYS) {
      expect(checklistMessages.en.checklists.due.missingAnchor[anchor]).toMatch(/to see this deadline/);
      expect(checklistMessages['zh-CN'].checklists.due.missingAnchor[anchor]).toMatch(/截止日期/);
    }
  });

  it('warns when key dates contradict their usual order', () => {
    expect(anchorOrderWarnings({ 'visa-appointment': '2027-02-01', entry: '2027-03-10', start: '2027-03-15' })).toEqual([]);
    expect(anchorOrderWarnings({ 'visa-appointment': '2027-04-01', entry: '2027-03-10' })).toEqual([
      { key: 'checklists.anchors.outOfOrder', earlier: 'visa-appointment', later: 'entry' },
    ]);
    // The move date has no fixed place relative to the others.
    expect(anchorOrderWarnings({ move: '2020-01-01', entry: '2027-03-10' })).toEqual([]);
  });
});
