import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { verdictForPlan } from '../../shared/decision/plan-comparison';
import type { PlanDocument } from '../../shared/plan/plan-schema';
import { planTimeline } from '../../shared/timeline/plan-timeline';
import { dashboardPlan, itemId } from './support/dashboard-plan';
import { expect, test, type AppDriver } from './support/fixtures';
import { pdfPageCount, pdfText, pdfToPngs } from './support/pdf';

// "Today" in the app: Sunday 2027-01-10.
test.use({ clockTime: '2027-01-10T10:00:00' });

const SHOTS = process.env.PLANNER_SHOTS_DIR ?? 'tests/e2e/artifacts';
async function openWith(app: AppDriver, plan: PlanDocument) {
  await writeFile(join(app.dataDir, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
  await app.restart();
}

test('the overview shows the countdowns, the leading offer with its basis, the next five deadlines in order, and progress', async ({ app }) => {
  const plan = dashboardPlan();
  await openWith(app, plan);
  const { page } = app;
  await expect(page.getByTestId('view-overview')).toBeVisible();

  // 2027-01-10 -> 2027-03-05: 21 days left in January + 28 in February + 5 = 54; the start 2027-03-15 is 10 more: 64.
  await expect(page.getByTestId('countdown-move')).toHaveAttribute('data-days', '54');
  await expect(page.getByTestId('countdown-move')).toContainText('54 days');
  await expect(page.getByTestId('countdown-move')).toContainText('Mar 5, 2027');
  await expect(page.getByTestId('countdown-start')).toContainText('64 days');

  const next = page.getByTestId('next-deadlines').locator('li[data-timeline-entry]:visible');
  await expect(next).toHaveCount(5);
  // Overdue first, then as soon as possible (oldest first), then what is ahead in date order.
  const expected = [
    ['checklist:movers', 'Jan 5, 2027', '5 days overdue', 'overdue'],
    [`checklist:${itemId(plan, 'passport')}`, 'Dec 12, 2026', 'As soon as possible', 'asap'],
    [`checklist:${itemId(plan, 'photos')}`, 'Dec 27, 2026', 'As soon as possible', 'asap'],
    [`checklist:${itemId(plan, 'work-permit-application')}`, 'Jan 11, 2027', 'Tomorrow', 'upcoming'],
    ['offer:offer-b', 'Jan 12, 2027', 'in 2 days', 'upcoming'],
  ];
  for (const [index, [id, date, when, state]] of expected.entries()) {
    const row = next.nth(index);
    await expect(row).toHaveAttribute('data-timeline-entry', id!);
    await expect(row).toHaveAttribute('data-state', state!);
    await expect(row.locator('.entry-row__date')).toHaveText(date!);
    await expect(row.locator('.entry-row__when')).toHaveText(when!);
  }
  // The as-soon-as-possible rows say their rule instead of a count of days.
  await expect(next.nth(1)).toContainText('Rule: 60 days before Visa appointment');
  await expect(next.nth(4)).toContainText('Decide on the Shenzhen Cloud offer');

  // The verdict line: the decision room's verdict for this plan (computed here by the same shared code, not typed in).
  const verdict = verdictForPlan(plan);
  const verdictLine = page.getByTestId('verdict-line');
  await expect(verdictLine).toHaveAttribute('data-status', verdict.status);
  await expect(verdictLine).toHaveAttribute('data-leader', verdict.leader!.offerId);
  if (!verdict.isCloseCall) await expect(verdictLine).toContainText(`${verdict.leader!.company} comes out ahead of ${verdict.runnerUp!.company} by`);
  await expect(page.getByTestId('verdict-basis')).toContainText(`Basis: total over ${verdict.horizonYears} years`);
  await expect(page.getByTestId('verdict-basis')).toContainText('USD');

  // Progress: 5 done (the five 45-day items); 1 overdue (the movers); the late-from-start ones as soon as possible.
  const progress = page.getByTestId('checklist-progress').locator('li').first();
  // The template's item count is the template's business: counted from the plan, not typed in.
  const items = plan.checklists.checklists[0]!.items;
  const lateFromStart = planTimeline(plan).filter((entry) => entry.kind === 'checklist' && entry.isLateFromStart).length;
  await expect(progress.locator('[data-count="done"]')).toHaveText(`5 of ${items.length} done`);
  await expect(progress.locator('[data-count="open"]')).toHaveText(`${items.length - 5} open`);
  await expect(progress.locator('[data-count="overdue"]')).toHaveText('1 overdue');
  await expect(progress.locator('[data-count="asap"]')).toHaveText(`${lateFromStart} as soon as possible`);
  await expect(page.getByTestId('language-progress')).toContainText('HSK');
  await expect(page.getByTestId('language-progress').getByTestId('weekly-quota')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/overview-en.png`, fullPage: true });

  // Each entry leads to where it lives: the passport row opens the checklist with the item marked.
  await next.nth(1).getByRole('button').click();
  await expect(page.getByTestId('checklist-detail')).toBeVisible();
  const passportRow = page.locator(`[data-item-id="${itemId(plan, 'passport')}"]`);
  await expect(passportRow).toHaveAttribute('data-focused', 'true');
  await expect(passportRow).toHaveAttribute('data-urgency', 'asap');
  await expect(passportRow.locator('.deadline__left')).toHaveText('As soon as possible');
  await expect(page.locator('[data-item-id="movers"]')).toHaveAttribute('data-urgency', 'overdue');
});

test('the timeline groups every date, filters by kind, marks today, and moving the entry date moves what hangs on it', async ({ app }) => {
  const plan = dashboardPlan();
  await openWith(app, plan);
  const { page } = app;
  await page.locator('[data-nav="timeline"]').click();
  const list = page.getByTestId('timeline-list');
  await expect(list.getByTestId('timeline-today')).toContainText('Today, Jan 10, 2027');
  // Month groups: December 2026 (the two late items) through to the HSK score's expiry two years after the exam.
  await expect(list.locator('[data-period="2026-12-01"] [data-timeline-entry]')).toHaveCount(2);
  const residence = list.locator(`[data-timeline-entry="checklist:${itemId(plan, 'residence-permit')}"]`);
  // Entry 2027-03-10 + 30 days = 2027-04-09.
  await expect(residence.locator('.entry-row__date')).toHaveText('Apr 9, 2027');
  await expect(residence).toContainText('follows Entry');
  await expect(residence).toContainText('waits for 2 items');
  await expect(page.locator(`[data-chart-mark="checklist:${itemId(plan, 'residence-permit')}"]`)).toHaveAttribute('data-date', '2027-04-09');
  await expect(page.locator('[data-chart-anchor="entry"]')).toHaveAttribute('data-date', '2027-03-10');
  await page.screenshot({ path: `${SHOTS}/timeline-en.png`, fullPage: true });

  // A week later entry: 2027-03-17 + 30 = 2027-04-16; the band's mark moves with it.
  const entryField = page.getByTestId('anchors-panel').locator('input[name="anchors.entry"]');
  await entryField.fill('2027-03-17');
  await entryField.blur();
  await expect(residence.locator('.entry-row__date')).toHaveText('Apr 16, 2027');
  await expect(page.locator(`[data-chart-mark="checklist:${itemId(plan, 'residence-permit')}"]`)).toHaveAttribute('data-date', '2027-04-16');
  await expect(page.locator('[data-chart-anchor="entry"]')).toHaveAttribute('data-date', '2027-03-17');

  // Filter by kind: offers only.
  for (const kind of ['move', 'checklist', 'document', 'language']) await page.locator(`input[name="timeline.kind.${kind}"]`).uncheck();
  await expect(list.locator('[data-timeline-entry]')).toHaveCount(2);
  await page.locator('input[name="timeline.grouping"][value="week"]').check();
  // 2027-01-12 is a Tuesday: the week of Monday 2027-01-11.
  await expect(list.locator('[data-period="2027-01-11"] [data-timeline-entry="offer:offer-b"]')).toHaveCount(1);
});

test('the calendar export writes every date as an all-day event with stable UIDs', async ({ app }) => {
  const plan = dashboardPlan();
  await openWith(app, plan);
  const { page } = app;
  await page.locator('[data-nav="timeline"]').click();
  await page.getByTestId('export-ics').click();
  await expect(page.getByTestId('ics-message')).toContainText('Importing it again updates the same events');
  const entries = planTimeline(plan);
  const parse = async (path: string) =>
    new ICAL.Component(ICAL.parse(await readFile(path, 'utf8'))).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const [first] = await app.exportedFiles();
  const events = await parse(first!);
  // One event per dated entry, on its date, all day, with a UID from the entry's id.
  expect(events.map((event) => [event.uid, event.startDate.toString(), event.startDate.isDate])).toEqual(
    entries.map((entry) => [`${entry.id}@relocation-planner.local`, entry.date, true]),
  );
  const passport = events.find((event) => event.uid === `checklist:${itemId(plan, 'passport')}@relocation-planner.local`)!;
  expect(passport.summary).toBe('Passport valid 6 months past entry, with a blank page');
  expect(passport.description).toContain('Notes: Renewal appointment at the passport office');
  expect(passport.description).toMatch(/Source: https:\/\//);
  const expiry = events.find((event) => event.uid === `document:${itemId(plan, 'passport')}@relocation-planner.local`)!;
  expect(expiry.startDate.toString()).toBe('2027-02-01');

  // One kind only; exporting again keeps the UIDs.
  await page.locator('select[name="calendar.kind"]').selectOption('offer');
  await page.getByTestId('export-ics').click();
  await expect(page.getByTestId('ics-message')).toContainText('Saved 2 events');
  const files = await app.exportedFiles();
  const offers = await parse(files[files.length - 1]!);
  expect(offers.map((event) => [event.uid, event.startDate.toString()])).toEqual([
    ['offer:offer-b@relocation-planner.local', '2027-01-12'],
    ['offer:offer-a@relocation-planner.local', '2027-01-20'],
  ]);
  expect(offers.every((event) => events.some((all) => all.uid === event.uid))).toBe(true);
});

test('reminders: one grouped notification for what is due tomorrow and the expiring passport, once a day; a click opens the timeline', async ({ app }) => {
  test.skip(app.tier === 'electron', 'the notifier double exists in the Chromium tier');
  const plan = dashboardPlan();
  await openWith(app, plan);
  const { page } = app;
  await expect.poll(() => app.shownNotifications().length).toBe(1);
  const [shown] = app.shownNotifications();
  // Tomorrow: the work-permit application; within 30 days: the passport's expiry on 2027-02-01.
  expect(shown!.title).toBe('2 dates coming up');
  expect(shown!.body).toBe(
    ['Due tomorrow: Employer applies online for the work permit · China: work route (Z visa)', 'Passport valid 6 months past entry, with a blank page expires on Feb 1, 2027'].join('\n'),
  );
  expect(shown!.target).toEqual({ section: 'timeline' });
  // An edit makes the app look again; nothing new is due, so nothing more is shown the same day.
  await page.locator('input[name="move.destinationCity"]').fill('Shanghai');
  await page.locator('input[name="move.destinationCity"]').blur();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  await page.waitForFunction(() => window.localStorage.getItem('planner.reminders.shown') !== null);
  expect(app.shownNotifications()).toHaveLength(1);
  await app.clickNotification(0);
  await expect(page.getByTestId('view-timeline')).toBeVisible();

  // Turned off in Settings: a new deadline due today shows nothing.
  await page.locator('[data-nav="settings"]').click();
  await page.locator('input[name="reminders.isEnabled"]').uncheck();
  await page.locator('input[name="reminders.deadlineDaysAhead"]').fill('15');
  await expect(page.getByTestId('reminder-settings')).toContainText('Enter a whole number of days from 0 to 14.');
});

test('the printed summary fits one page on A4 and on Letter; the overview and timeline read in Chinese', async ({ app }) => {
  // Three PDFs with Chinese fonts on a shared machine: slow, never timed.
  test.setTimeout(300_000);
  await openWith(app, dashboardPlan('zh-CN'));
  const { page } = app;
  await expect(page.getByTestId('countdown-move')).toContainText('54天');
  await expect(page.getByTestId('countdown-move')).toContainText('2027年3月5日');
  await expect(page.getByTestId('next-deadlines').locator('li[data-timeline-entry]:visible').nth(0)).toContainText('已逾期5天');
  await expect(page.getByTestId('next-deadlines').locator('li[data-timeline-entry]:visible').nth(1)).toContainText('尽快办理');
  for (const paper of ['A4', 'Letter'] as const) {
    await page.locator('select[name="summary.paper"]').selectOption(paper);
    await page.getByTestId('summary-pdf').click();
    await expect(page.getByTestId('summary-pdf-message')).toContainText(`plan-summary-2027-01-10-${paper}.pdf`, { timeout: 90_000 });
    const files = await app.exportedFiles();
    const pdf = files[files.length - 1]!;
    expect(await pdfPageCount(pdf)).toBe(1);
    const text = await pdfText(pdf);
    expect(text).toContain('计划摘要');
    expect(text).toContain('尽快办理');
    expect(text).toContain('规则：签证预约日期前60天');
    expect(text).toContain('学习');
    // The progress rows say what they count: the goal's and the checklist's names (buttons on screen, printed
    // as the rows' titles; the deadlines name the checklist too, so the goal's line is the telling one).
    expect(text.replace(/\s+/g, '')).toContain('HSK四级·中文（普通话）');
    await pdfToPngs(pdf, `${SHOTS}/summary-zh-${paper}`);
  }
  await page.screenshot({ path: `${SHOTS}/overview-zh.png`, fullPage: true });
  await page.locator('[data-nav="timeline"]').click();
  await expect(page.getByTestId('timeline-today')).toContainText('今天，2027年1月10日');
  await page.screenshot({ path: `${SHOTS}/timeline-zh.png`, fullPage: true });
  // And the English summary on A4.
  await page.locator('[data-nav="settings"]').click();
  await page.locator('select[name="profile.interfaceLanguage"]').selectOption('en');
  await page.locator('[data-nav="overview"]').click();
  await page.locator('select[name="summary.paper"]').selectOption('A4');
  await page.getByTestId('summary-pdf').click();
  await expect(page.getByTestId('summary-pdf-message')).toContainText('Saved to', { timeout: 90_000 });
  await expect(page.getByTestId('summary-pdf-message')).toContainText('A4.pdf');
  const files = await app.exportedFiles();
  const english = files[files.length - 1]!;
  expect(await pdfPageCount(english)).toBe(1);
  const englishText = await pdfText(english);
  expect(englishText).toContain('Next deadlines');
  expect(englishText).toContain('HSK 4 · Chinese (Mandarin) · by Jun');
  await pdfToPngs(english, `${SHOTS}/summary-en-A4`);
});

test('with no destination and both open offers in China, the overview offers China and one click sets it', async ({ app }) => {
  const plan = dashboardPlan();
  for (const offer of plan.offers) offer.country = 'China';
  plan.move.destinationCountry = null;
  await openWith(app, plan);
  const { page } = app;
  const suggestion = page.getByTestId('destination-suggestion');
  await expect(suggestion).toContainText('All 2 of your open offers are in China.');
  await suggestion.getByRole('button', { name: 'Set China as the destination' }).click();
  await expect(page.locator('[name="move.destinationCountry"]')).toHaveValue('CN');
  await expect(suggestion).toHaveCount(0);
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'plan.json'), 'utf8')) as PlanDocument;
  expect(onDisk.move.destinationCountry).toBe('CN');
});
