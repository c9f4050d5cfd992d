import { describe, expect, it } from 'vitest';
import { createChecklistFromTemplate } from '../../../../shared/checklists/create-checklist';
import { anchorOrderWarnings, resolveDueDate } from '../../../../shared/checklists/due-dates';
import { PlanAnchorsSchema } from '../../../../shared/checklists/schema';
import { chinaReturneeTemplate, findTemplate } from '../../../../shared/checklists/templates/index';
import { counterIds } from './fixtures';

describe('Coming home to China (returnees)', () => {
  const checklist = createChecklistFromTemplate(chinaReturneeTemplate, counterIds('r'), '2026-12-01');
  const byKey = (key: string) => checklist.items.find((item) => item.templateItemKey === key)!;
  // A green-card holder: last day in the US 2027-06-30, first entry 2027-07-01, start in Shanghai 2027-08-02.
  const anchors = { 'last-abroad': '2027-06-30', entry: '2027-07-01', start: '2027-08-02' };
  const due = (key: string) => resolveDueDate(byKey(key), anchors);

  it('is a built-in template', () => {
    expect(findTemplate('china-returnee')).toBe(chinaReturneeTemplate);
  });

  it('counts the US-side steps back from the last day abroad', () => {
    // 2027-06-30 - 90 days: June 30 -> 90 days earlier = 2027-04-01 (30 in June back to 05-31, 31 May -> 04-30, 29 more -> 04-01).
    expect(due('green-card-decision')).toEqual({ kind: 'date', date: '2027-04-01' });
    expect(due('expatriation-test')).toEqual({ kind: 'date', date: '2027-04-01' });
    // Sailing permit: no later than 2 weeks before leaving: 06-30 - 14 = 06-16.
    expect(due('sailing-permit')).toEqual({ kind: 'date', date: '2027-06-16' });
    // Study records a month before leaving: 06-30 - 30 = 05-31.
    expect(due('study-records')).toEqual({ kind: 'date', date: '2027-05-31' });
    expect(due('last-day-abroad')).toEqual({ kind: 'date', date: '2027-06-30' });
  });

  it('counts the China-side steps from first entry and the start date', () => {
    expect(due('first-entry')).toEqual({ kind: 'date', date: '2027-07-01' });
    // Start in Shanghai within 2 years of return: 2027-07-01 + 24 months - 1 day = 2029-06-30.
    expect(due('shanghai-two-years')).toEqual({ kind: 'date', date: '2029-06-30' });
    // Car scheme, shorter (6-month) reading: 2027-07-01 + 6 months = 2028-01-01.
    expect(due('duty-free-car')).toEqual({ kind: 'date', date: '2028-01-01' });
    // Degree authentication three weeks before the start: 2027-08-02 - 21 = 2027-07-12.
    expect(due('cscse-authentication')).toEqual({ kind: 'date', date: '2027-07-12' });
    // Hukou, standard route: 6 months of social insurance from the start: 2028-02-02.
    expect(due('shanghai-hukou')).toEqual({ kind: 'date', date: '2028-02-02' });
    expect(due('social-insurance')).toEqual({ kind: 'date', date: '2027-08-02' });
  });

  it('without the last day abroad, its steps say which date to set instead of guessing', () => {
    expect(resolveDueDate(byKey('green-card-decision'), { entry: '2027-07-01' })).toEqual({ kind: 'missing-anchor', anchor: 'last-abroad' });
  });

  it('warns when the first entry is set before the last day abroad, and old anchors without it still validate', () => {
    expect(anchorOrderWarnings({ 'last-abroad': '2027-07-02', entry: '2027-07-01' })).toEqual([
      { key: 'checklists.anchors.outOfOrder', earlier: 'last-abroad', later: 'entry' },
    ]);
    expect(anchorOrderWarnings(anchors)).toEqual([]);
    expect(PlanAnchorsSchema.safeParse({ entry: '2027-07-01' }).success).toBe(true);
  });

  it('flags what the reference marks contested or not found, and states the settled rules plainly', () => {
    const flagged = chinaReturneeTemplate.items.filter((i) => i.needsVerification).map((i) => i.key);
    expect(flagged).toEqual(
      expect.arrayContaining(['shanghai-hukou', 'duty-free-car', 'rsu-after-return', 'talent-subsidies', 'other-city-hukou', 'expatriation-test']),
    );
    for (const key of ['china-tax-resident', 'gba-subsidy', 'green-card-decision', 'social-insurance', 'annual-reconciliation']) {
      expect(chinaReturneeTemplate.items.find((i) => i.key === key)!.needsVerification).toBe(false);
    }
    expect(chinaReturneeTemplate.notices.map((n) => n.text.en).join(' ')).toMatch(/no social security agreement between the US and China/);
  });

  it('points subsidies at the offer model rather than counting them itself', () => {
    const subsidies = chinaReturneeTemplate.items.find((i) => i.key === 'talent-subsidies')!;
    expect(subsidies.details.en).toMatch(/Offers, the offer, Talent subsidies/);
    expect(subsidies.details['zh-CN']).toMatch(/人才补贴/);
  });
});
