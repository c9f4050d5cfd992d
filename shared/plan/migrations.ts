import { createDefaultComparisonSettings } from '../offers/schema';
import {
  CURRENT_SCHEMA_VERSION,
  createEmptyChecklistsSection,
  createEmptyLanguageData,
  planDocumentSchema,
  type PlanDocument,
} from './plan-schema';

/**
 * Pure migrations: MIGRATIONS[n] turns a version-n document into a version-(n+1) one. They never read the
 * clock or the disk, so a golden fixture per step pins each one down (tests/unit/shared/plan/fixtures).
 */
type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 -> 2: offers, comparison settings, tax settings, checklists and language goals arrive, all empty.
  1: (document) => ({
    ...document,
    offers: [],
    comparison: createDefaultComparisonSettings(),
    taxByOffer: {},
    checklists: createEmptyChecklistsSection(),
    language: createEmptyLanguageData(),
  }),
};

export type LoadResult =
  | { ok: true; document: PlanDocument; migratedFrom: number | null }
  | { ok: false; reason: 'not-an-object' | 'no-version' | 'newer-version' | 'invalid'; version?: number; issues?: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Takes any parsed JSON and returns a current, valid document, or says exactly why it can't. */
export function upgradePlanDocument(raw: unknown): LoadResult {
  if (!isRecord(raw)) return { ok: false, reason: 'not-an-object' };
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'no-version' };
  if (version > CURRENT_SCHEMA_VERSION) return { ok: false, reason: 'newer-version', version };
  let document: Record<string, unknown> = raw;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, reason: 'invalid', version, issues: [`no migration from version ${v}`] };
    document = { ...migrate(document), schemaVersion: v + 1 };
  }
  const parsed = planDocumentSchema.safeParse(document);
  if (!parsed.success) {
    return {
      ok: false,
      reason: 'invalid',
      version,
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  }
  return { ok: true, document: parsed.data, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}
