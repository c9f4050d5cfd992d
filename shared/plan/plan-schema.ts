import { z } from 'zod';
import { createEmptyMove, createEmptyProfile, moveSchema, profileSchema, type InterfaceLanguage } from './profile-schema';

/**
 * The plan document: everything one person saves, in one JSON file. `schemaVersion` names the shape;
 * older files are brought forward by the pure migrations in migrations.ts, newer ones are refused.
 */
export const CURRENT_SCHEMA_VERSION = 1;

export const planDocumentSchema = z
  .object({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    profile: profileSchema,
    move: moveSchema,
  })
  .strict();

export type PlanDocument = z.infer<typeof planDocumentSchema>;

export function createEmptyPlan(interfaceLanguage: InterfaceLanguage = 'en'): PlanDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, profile: createEmptyProfile(interfaceLanguage), move: createEmptyMove() };
}
