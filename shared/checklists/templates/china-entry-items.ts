import type { TemplateItem } from '../template-schema';
import { bi } from './bilingual';

/**
 * Steps every route into China shares word for word (Exit and Entry Administration Law art. 39), kept once
 * so a correction reaches every template. Each route's own items point at them by key.
 */
export const POLICE_REGISTRATION_ITEM = {
  key: 'police-registration',
  title: bi('Register with the police within 24 hours of arrival', '抵达后24小时内办理住宿登记'),
  details: bi(
    'When you are not staying in a hotel (hotels register their guests), register your address at the local police station within 24 hours. The fine for not doing so is up to 2,000 CNY.',
    '如不住在酒店（酒店会为住客办理登记），须在24小时内到当地派出所办理住宿登记。未按规定登记的，最高可处2000元罚款。',
  ),
  category: 'registration',
  due: { kind: 'relative', anchor: 'entry', offsetDays: 1 },
  validity: null,
  blockedBy: ['entry'],
  needsVerification: false,
} satisfies TemplateItem;
