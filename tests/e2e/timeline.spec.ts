import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createChecklistFromTemplate } from '../../shared/checklists/create-checklist';
import { chinaWorkZVisaTemplate } from '../../shared/checklists/templates/china-work-z-visa';
import { createEmptyPlan, planDocumentSchema } from '../../shared/plan/plan-schema';
import { hsk4Goal } from '../unit/shared/language/fixtures';
import { offerA } from '../unit/shared/offers/fixtures';
import { expect, test } from './support/fixtures';

test.use({ clockTime: '2027-02-15T10:00:00' });

/** A plan with something dated in every part, written as the app would have saved it. */
function datedPlan() {
  let id = 0;
  const plan = createEmptyPlan();
  plan.move.targetMoveDate = '2027-03-05';
  plan.move.targetStartDate = '2027-03-15';
  plan.offers = [{ ...offerA(), id: 'offer-a', company: 'Shanghai Tech', decisionDeadline: '2027-02-20', status: 'negotiating' }];
  plan.checklists.anchors = { entry: '2027-03-10', 'visa-appointment': '2027-02-25' };
  plan.checklists.checklists = [createChecklistFromTemplate(chinaWorkZVisaTemplate, () => `id-${++id}`, '2027-01-10')];
  plan.language.goals = [hsk4Goal()];
  return planDocumentSchema.parse(plan);
}

test('the overview lists everything dated in the plan, overdue first, and leads to each screen', async ({ app }) => {
  await writeFile(join(app.dataDir, 'plan.json'), `${JSON.stringify(datedPlan(), null, 2)}\n`);
  await app.restart();
  const { page } = app;
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  await expect(timeline.locator('[data-timeline-entry="offer:offer-a"]')).toContainText('2027-02-20');
  await expect(timeline.locator('[data-timeline-entry="offer:offer-a"]')).toContainText('Decide on the Shanghai Tech offer');
  await expect(timeline.locator('[data-timeline-entry="offer:offer-a"]')).toContainText('in 5 days');
  await expect(timeline.locator('[data-timeline-entry="move"]')).toContainText('2027-03-05');
  // Overdue open checklist items come first (the template's pre-entry documents are due before today).
  await expect(timeline.locator('.timeline__row').first()).toHaveClass(/timeline__row--overdue/);
  await timeline.getByRole('button', { name: /Show all/ }).click();
  await expect(timeline).toContainText('Apply for the residence permit within 30 days of entry');
  await expect(timeline.locator('[data-timeline-entry]', { hasText: 'residence permit within 30 days' })).toContainText('2027-04-09');
  await expect(timeline).toContainText('Exam day');
  await page.screenshot({ path: `tests/e2e/artifacts/timeline-${app.tier}.png`, fullPage: true });
  await timeline.locator('[data-timeline-entry="offer:offer-a"]').getByRole('button').click();
  await expect(page.getByTestId('view-offers')).toBeVisible();
});
