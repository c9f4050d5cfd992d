import { z } from 'zod';
import { ChecklistsSectionSchema, type ChecklistsSection } from '../checklists/schema';
import { LanguageDataSchema, type LanguageData } from '../language/schema';
import { comparisonSettingsSchema, createDefaultComparisonSettings, offerSchema } from '../offers/schema';
import { ReminderSettingsSchema } from '../reminders/schema';
import { ResidencySectionSchema } from '../residency/schema';
import { TaxSettingsSchema } from '../tax/schema';
import { decisionSettingsSchema } from '../decision/schema';
import { AppearanceSettingsSchema } from '../appearance/schema';
import { createEmptyMove, createEmptyProfile, moveSchema, profileSchema, type InterfaceLanguage } from './profile-schema';

/**
 * The plan document: everything one person saves, in one JSON file. `schemaVersion` names the shape;
 * older files are brought forward by the pure migrations in migrations.ts, newer ones are refused.
 *
 * Version history: 1 profile and move; 2 adds offers with their comparison settings and per-offer tax
 * settings, checklists with the plan's anchor dates, and language goals with the study log.
 */
export const CURRENT_SCHEMA_VERSION = 2;

export const planDocumentSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    profile: profileSchema,
    move: moveSchema,
    offers: z.array(offerSchema),
    comparison: comparisonSettingsSchema,
    /** Tax settings per offer id; an offer without an entry is compared before tax. */
    taxByOffer: z.record(z.string(), TaxSettingsSchema),
    checklists: ChecklistsSectionSchema,
    language: LanguageDataSchema,
    /** Reminder settings; absent means the defaults (shared/reminders/schema.ts). */
    reminders: ReminderSettingsSchema.optional(),
    /** Optional (absent: defaults): close-call threshold, money weight, risk-adjusted verdict. */
    decision: decisionSettingsSchema.optional(),
    /** The trip log of days in China (issue 13). Optional: absent means no log is kept. */
    residency: ResidencySectionSchema.optional(),
    /** Light, dark or following the system (issue 14). Optional: absent means following the system. */
    appearance: AppearanceSettingsSchema.optional(),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const offerIds = new Set<string>();
    plan.offers.forEach((offer, index) => {
      if (offerIds.has(offer.id)) ctx.addIssue({ code: 'custom', message: 'validation.duplicateId', path: ['offers', index, 'id'] });
      offerIds.add(offer.id);
    });
    for (const id of Object.keys(plan.taxByOffer)) {
      if (!offerIds.has(id)) ctx.addIssue({ code: 'custom', message: 'validation.unknownOffer', path: ['taxByOffer', id] });
    }
  });

export type PlanDocument = z.infer<typeof planDocumentSchema>;

export function createEmptyChecklistsSection(): ChecklistsSection {
  return {
    // The start and move anchors are read from `move` (one source of truth); the others are stored here.
    anchors: {},
    checklists: [],
  };
}

export function createEmptyLanguageData(): LanguageData {
  return { goals: [], studyLog: [] };
}

export function createEmptyPlan(interfaceLanguage: InterfaceLanguage = 'en'): PlanDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    profile: createEmptyProfile(interfaceLanguage),
    move: createEmptyMove(),
    offers: [],
    comparison: createDefaultComparisonSettings(),
    taxByOffer: {},
    checklists: createEmptyChecklistsSection(),
    language: createEmptyLanguageData(),
  };
}
