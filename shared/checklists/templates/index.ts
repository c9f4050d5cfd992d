import type { ChecklistTemplate } from '../template-schema';
import { chinaKVisaTemplate } from './china-k-visa';
import { chinaPermanentResidenceTemplate } from './china-permanent-residence';
import { chinaReturneeTemplate } from './china-returnee';
import { chinaRVisaTemplate } from './china-r-visa';
import { chinaWorkZVisaTemplate } from './china-work-z-visa';
import { internationalMoveTemplate } from './international-move';
import { leavingHomeCountryTemplate } from './leaving-home-country';

export {
  chinaKVisaTemplate,
  chinaPermanentResidenceTemplate,
  chinaReturneeTemplate,
  chinaRVisaTemplate,
  chinaWorkZVisaTemplate,
  internationalMoveTemplate,
  leavingHomeCountryTemplate,
};

/** Every template the app ships, in the order the "new checklist" menu shows them. */
export const BUILT_IN_TEMPLATES: readonly ChecklistTemplate[] = [
  chinaWorkZVisaTemplate,
  chinaRVisaTemplate,
  chinaKVisaTemplate,
  chinaPermanentResidenceTemplate,
  chinaReturneeTemplate,
  internationalMoveTemplate,
  leavingHomeCountryTemplate,
];

export function findTemplate(id: string): ChecklistTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
