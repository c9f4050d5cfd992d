import { findTemplate } from '../../../shared/checklists/templates/index';
import { chooseOffer } from '../../../shared/decision/choose-offer';

/**
 * The store's actions that build a checklist from a built-in template: adding one (the checklists screen)
 * and choosing an offer with its checklist (the comparison). The templates are bilingual texts, about
 * 150 KB of heap, that no action of the overview needs, so they load with the screens other than the
 * overview (renderer/app/app.tsx), not with the edit checks after the first screen (note 0030).
 */
export const templateTools = { chooseOffer, findTemplate };

export type TemplateTools = typeof templateTools;
