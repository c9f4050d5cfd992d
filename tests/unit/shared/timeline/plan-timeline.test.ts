import { describe, expect, it } from 'vitest';
import { createChecklistFromTemplate } from '../../../../shared/checklists/create-checklist';
import { chinaWorkZVisaTemplate } from '../../../../shared/checklists/templates/china-work-z-visa';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { planTimeline } from '../../../../shared/timeline/plan-timeline';
import { hsk4Goal } from '../language/fixtures';
import { offerA, offerB } from '../offers/fixtures';

function plan() {
  let id = 0;
  const document = createEmptyPlan();
  document.move.targetMoveDate = '2027-03-05';
  document.move.targetStartDate = '2027-03-15';
  document.offers = [
    { ...offerA(), id: 'a', decisionDeadline: '2027-01-31', status: 'considering' },
    { ...offerB(), id: 'b', decisionDeadline: '2027-01-20', status: 'declined' },
  ];
  document.checklists.anchors = { entry: '2027-03-10' };
  document.checklists.checklists = [createChecklistFromTemplate(chinaWorkZVisaTemplate, () => `id-${++id}`, '2027-01-01')];
  document.language.goals = [hsk4Goal()];
  return document;
}

describe('plan timeline', () => {
  it('puts the move, open offer deadlines, checklist deadlines and exam milestones in date order', () => {
    const entries = planTimeline(plan());
    const dates = entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(entries.find((entry) => entry.id === 'move')?.date).toBe('2027-03-05');
    expect(entries.find((entry) => entry.id === 'offer:a')).toMatchObject({ date: '2027-01-31', section: 'offers' });
    // A declined offer's deadline no longer matters.
    expect(entries.find((entry) => entry.id === 'offer:b')).toBeUndefined();
    const residence = entries.find((entry) => 'text' in entry.what && JSON.stringify(entry.what.text).includes('residence permit within 30 days'));
    expect(residence?.date).toBe('2027-04-09');
    expect(entries.some((entry) => entry.section === 'language' && 'key' in entry.what && entry.what.key === 'language.milestone.exam')).toBe(true);
  });

  it('leaves out done items, archived lists and deadlines whose anchor is not set', () => {
    const document = plan();
    const checklist = document.checklists.checklists[0]!;
    const withoutEntry = planTimeline({ ...document, checklists: { ...document.checklists, anchors: {} } });
    const countChecklist = (entries: ReturnType<typeof planTimeline>) => entries.filter((entry) => entry.section === 'checklists').length;
    expect(countChecklist(withoutEntry)).toBeLessThan(countChecklist(planTimeline(document)));
    const allDone = { ...checklist, items: checklist.items.map((item) => ({ ...item, status: 'done' as const })) };
    expect(countChecklist(planTimeline({ ...document, checklists: { ...document.checklists, checklists: [allDone] } }))).toBe(0);
    const archived = { ...checklist, archived: true };
    expect(countChecklist(planTimeline({ ...document, checklists: { ...document.checklists, checklists: [archived] } }))).toBe(0);
  });

  it('is empty for an empty plan', () => {
    expect(planTimeline(createEmptyPlan())).toEqual([]);
  });
});
