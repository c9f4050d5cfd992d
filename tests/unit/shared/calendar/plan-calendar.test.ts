import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createChecklistFromTemplate } from '../../../../shared/checklists/create-checklist';
import { chinaWorkZVisaTemplate } from '../../../../shared/checklists/templates/china-work-z-visa';
import { calendarUid, planCalendar, type CalendarOptions } from '../../../../shared/calendar/plan-calendar';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { planTimeline, type TimelineEntry } from '../../../../shared/timeline/plan-timeline';
import { offerA } from '../offers/fixtures';

function plan() {
  let id = 0;
  const document = createEmptyPlan();
  document.move.targetMoveDate = '2027-03-05';
  document.offers = [{ ...offerA(), id: 'a', decisionDeadline: '2027-01-31', status: 'considering', notes: 'Ask about the housing allowance' }];
  document.checklists.anchors = { 'visa-appointment': '2027-02-05', entry: '2027-03-10' };
  document.checklists.checklists = [createChecklistFromTemplate(chinaWorkZVisaTemplate, () => `id-${++id}`, '2027-01-01')];
  const passport = document.checklists.checklists[0]!.items[0]!;
  passport.notes = 'Renew at the consulate; bring the old one, 2 photos';
  return document;
}

const textOf = (entry: TimelineEntry) => ({
  summary: 'text' in entry.what ? (typeof entry.what.text === 'string' ? entry.what.text : entry.what.text.en) : entry.what.key,
  description: [entry.notes, entry.sourceUrl].filter(Boolean).join('\n'),
  url: entry.sourceUrl,
});

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: event.startDate, end: event.endDate, summary: event.summary, description: event.description, categories: vevent.getFirstPropertyValue('categories') };
  });
}

const options = (stamp: Date, kind: CalendarOptions['kind'] = null): CalendarOptions => ({ calendarName: 'Plan', stamp, kind, textOf });

describe('calendar export', () => {
  it('writes every dated item as an all-day event that a real parser reads back', () => {
    const entries = planTimeline(plan());
    const events = parse(planCalendar(entries, options(new Date(2026, 11, 1, 12))));
    expect(events).toHaveLength(entries.length);
    for (const [index, event] of events.entries()) {
      const entry = entries[index]!;
      expect(event.uid).toBe(calendarUid(entry));
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(entry.date);
      // All-day: ends (exclusively) the next day.
      expect(event.end.isDate).toBe(true);
      expect(event.end.toJSDate().getTime() - event.start.toJSDate().getTime()).toBe(86_400_000);
      expect(event.categories).toBe(entry.kind);
    }
    const passport = events.find((event) => event.summary === 'Passport valid at least 6 months beyond entry, with blank pages' || event.description?.includes('Renew at the consulate'))!;
    // Notes and the source link in the description, line breaks kept.
    expect(passport.description).toContain('Renew at the consulate; bring the old one, 2 photos\nhttps://');
    const move = events.find((event) => event.uid === 'move@relocation-planner.local')!;
    expect(move.start.toString()).toBe('2027-03-05');
  });

  it('keeps the same UIDs across two exports, so re-importing updates rather than duplicates', () => {
    const first = parse(planCalendar(planTimeline(plan()), options(new Date(2026, 11, 1, 12))));
    const edited = plan();
    edited.checklists.anchors = { 'visa-appointment': '2027-02-12', entry: '2027-03-17' };
    const second = parse(planCalendar(planTimeline(edited), options(new Date(2026, 11, 8, 12))));
    expect(second.map((event) => event.uid).sort()).toEqual(first.map((event) => event.uid).sort());
    expect(new Set(first.map((event) => event.uid)).size).toBe(first.length);
    // The events moved with the anchor (a week later), under the same UID.
    const uid = first.find((event) => event.start.toString() === '2027-02-05')!.uid;
    expect(second.find((event) => event.uid === uid)!.start.toString()).toBe('2027-02-12');
  });

  it('exports one kind only when asked', () => {
    const events = parse(planCalendar(planTimeline(plan()), options(new Date(2026, 11, 1, 12), 'offer')));
    expect(events.map((event) => [event.uid, event.start.toString(), event.description])).toEqual([['offer:a@relocation-planner.local', '2027-01-31', 'Ask about the housing allowance']]);
  });
});
