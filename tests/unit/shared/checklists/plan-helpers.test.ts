import { describe, expect, it } from 'vitest';
import { daysLeftMessage, relativeDueMessage } from '../../../../shared/checklists/deadline-text';
import { resolveDueDate } from '../../../../shared/checklists/due-dates';
import { checklistMessages } from '../../../../shared/checklists/messages';
import { effectiveAnchors, isMoveAnchor, moveFieldOf, withStoredAnchor } from '../../../../shared/checklists/plan-anchors';
import { hskLevelFromGoals, offerSalaryCny, pointsDegree, pointsInputFromPlan } from '../../../../shared/checklists/points-from-plan';
import { estimateWorkPermitPoints } from '../../../../shared/checklists/work-permit-points';
import { createEmptyOffer } from '../../../../shared/offers/create-empty-offer';

describe('plan anchors', () => {
  it('reads start and move from the move section, never from a stale stored copy', () => {
    const anchors = effectiveAnchors(
      { entry: '2027-03-10', start: '2000-01-01', move: '2000-01-02' },
      { targetStartDate: '2027-03-15', targetMoveDate: null },
    );
    expect(anchors).toEqual({ entry: '2027-03-10', start: '2027-03-15' });
  });

  it('changing the entry anchor moves every dependent deadline', () => {
    const item = { due: { kind: 'relative' as const, anchor: 'entry' as const, offsetDays: 30 } };
    const before = effectiveAnchors(withStoredAnchor({}, 'entry', '2027-03-10'), { targetStartDate: null, targetMoveDate: null });
    const after = effectiveAnchors(withStoredAnchor(before, 'entry', '2027-03-31'), { targetStartDate: null, targetMoveDate: null });
    expect(resolveDueDate(item, before)).toEqual({ kind: 'date', date: '2027-04-09' });
    expect(resolveDueDate(item, after)).toEqual({ kind: 'date', date: '2027-04-30' });
  });

  it('clearing an anchor removes it, so deadlines report the missing date instead of guessing', () => {
    const cleared = withStoredAnchor({ entry: '2027-03-10', 'visa-appointment': '2027-02-01' }, 'entry', null);
    expect(cleared).toEqual({ 'visa-appointment': '2027-02-01' });
    expect(resolveDueDate({ due: { kind: 'relative', anchor: 'entry', offsetDays: 1 } }, cleared)).toEqual({ kind: 'missing-anchor', anchor: 'entry' });
  });

  it('knows which anchors belong to the move section', () => {
    expect(isMoveAnchor('start')).toBe(true);
    expect(isMoveAnchor('entry')).toBe(false);
    expect(moveFieldOf('start')).toBe('targetStartDate');
    expect(moveFieldOf('move')).toBe('targetMoveDate');
  });
});

describe('deadline text', () => {
  it('says days left, due today and overdue', () => {
    expect(daysLeftMessage(5)).toEqual({ key: 'checklists.daysLeft.left', params: { count: 5 } });
    expect(daysLeftMessage(0)).toEqual({ key: 'checklists.daysLeft.today', params: {} });
    expect(daysLeftMessage(-2)).toEqual({ key: 'checklists.daysLeft.overdue', params: { count: 2 } });
  });

  it('describes relative rules before, after and with months', () => {
    expect(relativeDueMessage({ kind: 'relative', anchor: 'entry', offsetDays: 30 }, 'Entry')).toEqual({
      key: 'checklists.due.relativeDescription',
      params: { anchor: 'Entry', count: 30 },
    });
    expect(relativeDueMessage({ kind: 'relative', anchor: 'visa-appointment', offsetDays: -60 }, 'Visa')?.params).toEqual({ anchor: 'Visa', count: 60 });
    expect(relativeDueMessage({ kind: 'relative', anchor: 'entry', offsetDays: -1, offsetMonths: 1 }, 'Entry')).toEqual({
      key: 'checklists.due.relativeMonthsDescription',
      params: { anchor: 'Entry', months: '+1', days: '-1' },
    });
    expect(relativeDueMessage({ kind: 'none' }, 'Entry')).toBeNull();
    expect(checklistMessages.en.checklists.due.relativeMonthsDescription).toContain('{{months}}');
  });
});

describe('points from the plan', () => {
  it('maps profile degrees below a bachelor to no degree', () => {
    expect(pointsDegree('associate')).toBe('none');
    expect(pointsDegree('secondary')).toBe('none');
    expect(pointsDegree('master')).toBe('master');
    expect(pointsDegree(null)).toBeNull();
  });

  it('takes the highest current HSK level of the HSK goals and ignores other frameworks', () => {
    expect(hskLevelFromGoals([])).toBeNull();
    expect(hskLevelFromGoals([{ framework: 'cefr', currentLevel: 'B2' }])).toBeNull();
    expect(hskLevelFromGoals([{ framework: 'hsk3', currentLevel: null }])).toBe(0);
    expect(
      hskLevelFromGoals([
        { framework: 'hsk2', currentLevel: '3' },
        { framework: 'hsk3', currentLevel: '4' },
        { framework: 'cefr', currentLevel: 'C2' },
      ]),
    ).toBe(4);
  });

  it('converts the first-year base to CNY with the plan rates, or says which rate is missing', () => {
    const offer = { ...createEmptyOffer('o1', '2027-01-01', 'USD'), base: { kind: 'monthly' as const, amountMinor: 500_000, monthsPerYear: 13, yearlyRaiseBp: 500 } };
    const rates = [{ base: 'USD' as const, quote: 'CNY' as const, rateMicros: 7_100_000 }];
    // 5,000 USD x 13 = 65,000 USD = 461,500 CNY
    expect(offerSalaryCny(offer, rates)).toEqual({ ok: true, amountMinor: 46_150_000, fromCurrency: 'USD', firstYearMinor: 6_500_000 });
    expect(offerSalaryCny(offer, [])).toEqual({ ok: false, reason: 'missing-rate', from: 'USD' });
  });

  it('feeds the estimate: 40-year-old master, 9 years, HSK 4, 461,500 CNY', () => {
    const input = pointsInputFromPlan({
      birthYear: 1987,
      degree: 'master',
      yearsExperience: 9,
      hskLevel: 4,
      annualSalaryCnyMinor: 46_150_000,
      onDate: '2027-02-15',
      flags: { isTopUniversityOrFortune500: false, isWesternOrNortheastRegion: false, provincialBonus: 0, worksNineMonthsAYear: true },
    });
    const estimate = estimateWorkPermitPoints(input);
    // salary 20 + degree 15 + experience 12 + time 15 + HSK 8 + age 15 = 85: category A
    expect(estimate.total).toBe(85);
    expect(estimate.category).toBe('A');
  });
});
