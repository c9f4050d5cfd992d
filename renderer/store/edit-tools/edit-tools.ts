import { decisionSettingsSchema } from '../../../shared/decision/schema';
import { duplicateOffer } from '../../../shared/offers/offer-list';
import { comparisonSettingsSchema, createEmptyOffer, offerSchema } from '../../../shared/offers/schema';
import { checkEdit } from '../../../shared/plan/check-edit';

/**
 * What the store's actions need to check and build edits: the plan's schemas (zod) and the offer helpers.
 * Together they are a third of the first screen's code and none of it is needed to show the plan, so they
 * load on their own (./index.ts) once the first screen is drawn, and with any other screen
 * (renderer/app/app.tsx). The checklist templates are apart (./template-tools.ts): only other screens use them.
 */
export const editTools = {
  checkEdit,
  comparisonSettingsSchema,
  createEmptyOffer,
  decisionSettingsSchema,
  duplicateOffer,
  offerSchema,
};

export type EditTools = typeof editTools;
