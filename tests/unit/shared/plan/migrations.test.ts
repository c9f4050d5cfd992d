import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, upgradePlanDocument } from '../../../../shared/plan/migrations';
import { CURRENT_SCHEMA_VERSION, createEmptyPlan, planDocumentSchema } from '../../../../shared/plan/plan-schema';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join('tests/fixtures/plans', name), 'utf8'));

describe('plan document migrations', () => {
  it('has one migration per step up to the current version', () => {
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  // Golden: if this changes, a migration changed. Migrations must stay frozen once shipped; when the
  // defaults they use change, copy the old values into the migration instead of editing this fixture.
  it('1 -> 2 matches its golden fixture', () => {
    const result = upgradePlanDocument(fixture('valid-v1.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.document).toEqual(fixture('migrated-v1-to-v2.json'));
  });

  it('is pure: the input document is not modified', () => {
    const input = fixture('valid-v1.json');
    const before = JSON.stringify(input);
    upgradePlanDocument(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('accepts a current document as it is', () => {
    const result = upgradePlanDocument(fixture('valid-v2.json'));
    expect(result).toMatchObject({ ok: true, migratedFrom: null });
    expect(planDocumentSchema.safeParse(createEmptyPlan()).success).toBe(true);
  });

  it('refuses newer versions and says which', () => {
    expect(upgradePlanDocument({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({
      ok: false,
      reason: 'newer-version',
      version: CURRENT_SCHEMA_VERSION + 1,
    });
  });

  it('refuses things that are not plans', () => {
    expect(upgradePlanDocument([])).toMatchObject({ ok: false, reason: 'not-an-object' });
    expect(upgradePlanDocument({})).toMatchObject({ ok: false, reason: 'no-version' });
    expect(upgradePlanDocument({ schemaVersion: 1.5 })).toMatchObject({ ok: false, reason: 'no-version' });
    expect(upgradePlanDocument({ schemaVersion: 1, profile: {} })).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
