import { describe, expect, it } from 'vitest';
import { createChecklistFromTemplate } from '../../../../shared/checklists/create-checklist';
import { assessItemDeadline, withAnchorsChanged } from '../../../../shared/checklists/late-from-start';
import { chinaWorkZVisaTemplate } from '../../../../shared/checklists/templates/china-work-z-visa';
import { createEmptyPlan, planDocumentSchema } from '../../../../shared/plan/plan-schema';
import { entryState, nextDeadlines } from '../../../../shared/timeline/entry-state';
import { groupEntries } from '../../../../shared/timeline/group-entries';
import { planTimeline, type TimelineEntry } from '../../../../shared/timeline/plan-timeline';
import { timelineChart } from '../../../../shared/timeline/checklist-bands';
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

const byKey = (entries: TimelineEntry[], key: string, document = plan()) => {
  const item = document.checklists.checklists[0]!.items.find((candidate) => candidate.templateItemKey === key)!;
  return entries.find((entry) => entry.id === `checklist:${item.id}`);
};

describe('plan timeline', () => {
  it('puts the move, open offer deadlines, checklist deadlines and exam milestones in date order', () => {
    const entries = planTimeline(plan());
    const dates = entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
    expect(entries.find((entry) => entry.id === 'move')).toMatchObject({ date: '2027-03-05', kind: 'move', anchor: 'move' });
    expect(entries.find((entry) => entry.id === 'start')).toMatchObject({ date: '2027-03-15', kind: 'move' });
    expect(entries.find((entry) => entry.id === 'offer:a')).toMatchObject({ date: '2027-01-31', section: 'offers', kind: 'offer', target: { section: 'offers', offerId: 'a' } });
    // A declined offer's deadline no longer matters.
    expect(entries.find((entry) => entry.id === 'offer:b')).toBeUndefined();
    // entry 2027-03-10 + 30 days = 2027-04-09
    const residence = byKey(entries, 'residence-permit');
    expect(residence).toMatchObject({ date: '2027-04-09', kind: 'checklist', anchor: 'entry', isDeadline: true });
    expect(residence?.target.checklistId).toBe(plan().checklists.checklists[0]!.id);
    // The residence permit waits for the work-permit card and the police registration (both open).
    expect(residence?.blockedBy).toHaveLength(2);
    // HSK 4 exam on the goal's target date 2027-06-26 (isExamDate).
    expect(entries.find((entry) => entry.id === 'language:goal-hsk4:exam')).toMatchObject({ date: '2027-06-26', kind: 'language', isDeadline: false, target: { section: 'language', goalId: 'goal-hsk4' } });
  });

  it("names an exam's level as the goal does: the built-in level's message key, a custom level's own words", () => {
    const document = plan();
    const exam = planTimeline(document).find((entry) => entry.id === 'language:goal-hsk4:exam');
    // HSK 3.0 level 4: the page reads language.level.hsk.4 ("HSK 4" / "HSK 四级"), not "level 4".
    expect(exam?.context).toEqual({ key: 'timeline.languageGoal', values: { level: '4', language: hsk4Goal().language, levelKey: 'language.level.hsk.4' } });
    document.language.goals = [{ ...hsk4Goal(), framework: 'custom', targetLevel: 'Order dinner in Sichuanese' }];
    const custom = planTimeline(document).find((entry) => entry.kind === 'language' && entry.context !== null && 'key' in entry.context);
    expect(custom?.context).toEqual({ key: 'timeline.languageGoal', values: { level: 'Order dinner in Sichuanese', language: hsk4Goal().language } });
  });

  it('adds document expiries once the person enters the dates, done or not; not for items marked not needed', () => {
    const document = plan();
    const items = document.checklists.checklists[0]!.items;
    const passport = items.find((item) => item.templateItemKey === 'passport')!;
    const record = items.find((item) => item.templateItemKey === 'criminal-record')!;
    passport.validity = { ...passport.validity!, basis: 'expiry-date', validMonthsPast: 6, expiresOn: '2029-05-31' } as typeof passport.validity;
    passport.status = 'done';
    // Issued 2026-12-15, valid 6 months: through 2027-06-15.
    record.validity = { ...record.validity!, issuedOn: '2026-12-15' } as typeof record.validity;
    const entries = planTimeline(document);
    expect(entries.find((entry) => entry.id === `document:${passport.id}`)).toMatchObject({ date: '2029-05-31', kind: 'document' });
    expect(entries.find((entry) => entry.id === `document:${record.id}`)).toMatchObject({ date: '2027-06-15', kind: 'document' });
    // The passport is done, so its deadline is gone but its expiry stays.
    expect(entries.find((entry) => entry.id === `checklist:${passport.id}`)).toBeUndefined();
    record.status = 'not-needed';
    expect(planTimeline(document).find((entry) => entry.id === `document:${record.id}`)).toBeUndefined();
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

  it('moving the entry date moves every deadline that hangs on it and nothing else', () => {
    const before = planTimeline(plan());
    const moved = plan();
    moved.checklists.anchors = { entry: '2027-03-20' };
    const after = planTimeline(moved);
    for (const entry of before.filter((candidate) => candidate.anchor === 'entry')) {
      const again = after.find((candidate) => candidate.id === entry.id)!;
      // Ten days later, exactly.
      expect(new Date(again.date).getTime() - new Date(entry.date).getTime()).toBe(10 * 86_400_000);
    }
    const chart = timelineChart(moved, after, '2027-01-10');
    const entryLine = chart.anchors.find((line) => line.anchor === 'entry')!;
    expect(entryLine.date).toBe('2027-03-20');
    expect(entryLine.dependentIds.sort()).toEqual(after.filter((entry) => entry.anchor === 'entry').map((entry) => entry.id).sort());
    expect(chart.bands).toHaveLength(1);
    expect(chart.todayPosition).toBeGreaterThan(0);
    expect(chart.todayPosition).toBeLessThan(1);
  });
});

describe('as soon as possible vs overdue', () => {
  // The case: the Z list made on 2027-01-01, five weeks (35 days) before the visa appointment on 2027-02-05.
  // Passport: 60 days before = 2026-12-07; photos, apostille, record, health, CV, contract: 45 days before = 2026-12-22.
  // All seven were past on the day the list was made. The work-permit application (30 days before = 2027-01-06) was not.
  function zPlan() {
    const document = plan();
    document.checklists.anchors = { 'visa-appointment': '2027-02-05', entry: '2027-03-10' };
    return document;
  }

  it('reads "as soon as possible" for the seven items already late when the list was made, overdue for the one that passed later', () => {
    const document = zPlan();
    const entries = planTimeline(document);
    const today = '2027-01-10';
    const late = entries.filter((entry) => entry.isLateFromStart);
    expect(late).toHaveLength(7);
    expect(late.every((entry) => entryState(entry, today) === 'asap')).toBe(true);
    const application = byKey(entries, 'work-permit-application', document)!;
    expect(application.date).toBe('2027-01-06');
    expect(application.isLateFromStart).toBe(false);
    expect(entryState(application, today)).toBe('overdue');
    // The checklist screens see the same: 'asap' for the passport, 'overdue' for the application.
    const checklist = document.checklists.checklists[0]!;
    const item = (key: string) => checklist.items.find((candidate) => candidate.templateItemKey === key)!;
    const anchors = { ...document.checklists.anchors, move: '2027-03-05', start: '2027-03-15' };
    expect(assessItemDeadline(item('passport'), checklist, anchors, undefined, today).urgency).toBe('asap');
    expect(assessItemDeadline(item('work-permit-application'), checklist, anchors, undefined, today).urgency).toBe('overdue');
  });

  it('counts from the day the anchor was set when that is later than the list', () => {
    const document = zPlan();
    // The list was made on 2027-01-01 without the appointment; it was set on 2027-01-08 (work-permit application then already past: 2027-01-06).
    document.checklists.anchorsChangedOn = withAnchorsChanged(undefined, {}, { 'visa-appointment': '2027-02-05' }, '2027-01-08');
    expect(document.checklists.anchorsChangedOn).toEqual({ 'visa-appointment': '2027-01-08' });
    expect(planDocumentSchema.safeParse(document).success).toBe(true);
    const application = byKey(planTimeline(document), 'work-permit-application', document)!;
    expect(application.isLateFromStart).toBe(true);
    // A deadline on another anchor (entry, not changed) still counts from the list's creation.
    expect(byKey(planTimeline(document), 'residence-permit', document)!.isLateFromStart).toBe(false);
    // Setting a date to the same value is no change.
    expect(withAnchorsChanged(document.checklists.anchorsChangedOn, { entry: '2027-03-10' }, { entry: '2027-03-10' }, '2027-02-01')).toBe(document.checklists.anchorsChangedOn);
  });

  it('a plan without the change record (older files) still validates and counts from creation', () => {
    const document = zPlan();
    delete document.checklists.anchorsChangedOn;
    expect(planDocumentSchema.safeParse(document).success).toBe(true);
    expect(planTimeline(document).filter((entry) => entry.isLateFromStart)).toHaveLength(7);
  });
});

describe('ordering of what comes next', () => {
  it('overdue first (oldest first), then as soon as possible, then today and ahead; past events left out', () => {
    const document = plan();
    document.checklists.anchors = { 'visa-appointment': '2027-02-05', entry: '2027-03-10' };
    const today = '2027-01-10';
    const next = nextDeadlines(planTimeline(document), today, 12);
    const states = next.map((entry) => entryState(entry, today));
    // 1 overdue (work-permit application, 2027-01-06), then the 7 as-soon-as-possible ones (passport 2026-12-07 first), then ahead.
    expect(states.slice(0, 8)).toEqual(['overdue', 'asap', 'asap', 'asap', 'asap', 'asap', 'asap', 'asap']);
    expect(next[0]!.date).toBe('2027-01-06');
    expect(next[1]!.date).toBe('2026-12-07');
    // Then 2027-01-31 (offer A decision) and 2027-02-04 (work-permit notification, appointment - 1 day).
    expect(next.slice(8, 10).map((entry) => [entry.id.startsWith('offer') ? 'offer' : 'checklist', entry.date])).toEqual([
      ['offer', '2027-01-31'],
      ['checklist', '2027-02-04'],
    ]);
    // A past exam is not "next".
    const afterExam = nextDeadlines(planTimeline(document), '2027-07-01');
    expect(afterExam.some((entry) => entry.id === 'language:goal-hsk4:exam')).toBe(false);
  });

  it('groups by ISO week (Monday first) and by month, always including the current period', () => {
    const entries = planTimeline(plan());
    const weeks = groupEntries(entries, 'week', '2026-12-01');
    expect(weeks[0]).toMatchObject({ start: '2026-11-30', end: '2026-12-06', isCurrent: true, entries: [] });
    // 2027-03-05 is a Friday: week of Monday 2027-03-01.
    expect(weeks.find((week) => week.entries.some((entry) => entry.id === 'move'))?.start).toBe('2027-03-01');
    const months = groupEntries(entries, 'month', '2026-12-01');
    expect(months.map((month) => month.start)).toContain('2027-04-01');
    expect(months.flatMap((month) => month.entries)).toHaveLength(entries.length);
  });
});
