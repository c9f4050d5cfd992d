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

/**
 * Rules for as long as you live in China on a residence permit (Exit and Entry Administration Law arts. 32,
 * 33, 38, 39 and 78), shared by the Z and R routes. They have no date of their own: the permit's expiry
 * and your moves set them, so the details say what counts from what.
 */
export const STAY_RULE_ITEMS = [
  {
    key: 'renew-residence-permit',
    title: bi('Apply to renew the residence permit at least 30 days before it expires', '居留许可到期前至少30日申请延期'),
    details: bi(
      'Apply at the exit-entry administration no later than 30 days before the permit expires (art. 32). Overstaying is punished with a warning or, in serious cases, a fine of 500 CNY a day up to 10,000 CNY, or 5 to 15 days’ detention (art. 78).',
      '须在居留证件有效期届满30日前向出入境管理机构申请延期（第三十二条）。非法居留的，给予警告；情节严重的，处每非法居留一日500元、总额不超过1万元的罚款，或者5日以上15日以下拘留（第七十八条）。',
    ),
    category: 'residence',
    due: { kind: 'none' },
    validity: null,
    blockedBy: ['residence-permit'],
    needsVerification: false,
  },
  {
    key: 'address-change',
    title: bi('Register again within 24 hours after moving house', '更换住址后24小时内重新办理住宿登记'),
    details: bi(
      'Each new address outside a hotel is registered with the local police station within 24 hours of moving in (art. 39), as on arrival.',
      '每次搬到酒店以外的新住址，都须像抵达时一样，在入住后24小时内到当地派出所办理住宿登记（第三十九条）。',
    ),
    category: 'registration',
    due: { kind: 'none' },
    validity: null,
    blockedBy: ['police-registration'],
    needsVerification: false,
  },
  {
    key: 'report-changes',
    title: bi('Report a new passport or a new position within 10 days', '更换护照或职位后10日内办理变更'),
    details: bi(
      'When an item registered on your residence permit changes, such as a new passport or a new employer or position, apply for the change within 10 days (art. 33).',
      '居留证件登记事项发生变更的，如更换护照、更换用人单位或职位，须在变更之日起10日内申请办理变更（第三十三条）。',
    ),
    category: 'residence',
    due: { kind: 'none' },
    validity: null,
    blockedBy: ['residence-permit'],
    needsVerification: false,
  },
  {
    key: 'carry-documents',
    title: bi('From age 16, carry your passport or residence permit', '年满16周岁须随身携带护照或居留证件'),
    details: bi(
      'Foreigners aged 16 or over carry their passport or other travel document, or their residence or stay permit, and show it when the police ask (art. 38).',
      '年满16周岁的外国人须随身携带本人的护照或者其他国际旅行证件，或者外国人停留居留证件，并接受公安机关查验（第三十八条）。',
    ),
    category: 'documents',
    due: { kind: 'none' },
    validity: null,
    blockedBy: [],
    needsVerification: false,
  },
] as const satisfies readonly TemplateItem[];

/** Shown on every route into China: entering without a work visa never allows work (law art. 41; NIA 2024-12-17). */
export const NO_WORK_WITHOUT_VISA_NOTICE = {
  text: bi(
    'Visa-free entry and the 240-hour visa-free transit do not allow work: working in China needs a work permit and a work-type residence permit (law art. 41; NIA, Dec 17, 2024).',
    '免签入境和240小时过境免签期间均不得工作：在中国工作须取得工作许可和工作类居留证件（《出境入境管理法》第四十一条；国家移民管理局，2024年12月17日）。',
  ),
  needsVerification: false,
};
