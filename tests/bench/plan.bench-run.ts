import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { writeFileDurably } from '../../electron/services/storage/durable-write';
import { resolveDueDate } from '../../shared/checklists/due-dates';
import { computeStreaks } from '../../shared/language/streaks';
import { pacing } from '../../shared/language/pacing';
import { compareOffers } from '../../shared/offers/compare-offers';
import { planDocumentSchema } from '../../shared/plan/plan-schema';
import { largePlan } from './large-plan';
import { compare, formatTable, type Comparison } from './measure';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'planner-bench-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('prints the figures', async () => {
  const plan = largePlan();
  const bytes = JSON.stringify(plan, null, 2);
  const parseJson = () => JSON.parse(bytes);
  const stringify = () => JSON.stringify(plan);
  const rows: Comparison[] = [];
  rows.push(await compare('validate the whole plan (zod)', () => planDocumentSchema.safeParse(plan), 'JSON.parse of the same plan', parseJson));
  rows.push(
    await compare('durable save (temp, fsync, rename, fsync dir)', () => writeFileDurably(join(dir, 'plan.json'), bytes), 'plain fs.writeFile', () =>
      writeFile(join(dir, 'plain.json'), bytes),
    ),
  );
  rows.push(
    await compare('compare 12 offers over 6 years', () => compareOffers(plan.offers, plan.comparison, 'USD'), 'JSON.stringify of the plan', stringify),
  );
  rows.push(
    await compare(
      'resolve every checklist deadline',
      () => plan.checklists.checklists.flatMap((list) => list.items.map((item) => resolveDueDate(item, plan.checklists.anchors))),
      'JSON.stringify of the plan',
      stringify,
    ),
  );
  const goal = plan.language.goals[0]!;
  rows.push(
    await compare(
      'pacing + streaks over a year of study log',
      () => [pacing(goal, plan.language.studyLog, '2028-01-03'), computeStreaks(plan.language.studyLog, goal.rest, '2028-01-03')],
      'JSON.stringify of the plan',
      stringify,
    ),
  );
  console.log(`\nPlan: ${plan.offers.length} offers, ${plan.checklists.checklists.length} checklists, ${plan.language.studyLog.length} log entries, ${(bytes.length / 1024).toFixed(0)} KiB\n${formatTable(rows)}\n`);
}, 600_000);
