import type { ChecklistTemplate } from '../template-schema';
import { bi } from './bilingual';
import { NO_WORK_WITHOUT_VISA_NOTICE, POLICE_REGISTRATION_ITEM } from './china-entry-items';
import { SOURCES } from './sources';

/*
 * Reference section 3. The official answers do not list employment among the K visa's activities, so this
 * template says plainly, twice (a notice and an item), that a job still goes through the work permit, and
 * flags every detail the official answers leave out (age limit, validity, length of stay).
 */
export const chinaKVisaTemplate = {
  id: 'china-k-visa',
  version: 2,
  title: bi('China: K visa (young science and technology talent)', '中国：K字签证（外国青年科技人才）'),
  description: bi(
    'A visa for education, science and technology or cultural exchange, entrepreneurship and business, in force from Oct 1, 2025. It is not a work permit.',
    '用于教育、科技、文化交流以及创业、商务等活动的签证，自2025年10月1日起施行。它不是工作许可。',
  ),
  sources: [SOURCES.kVisaOrder, SOURCES.kVisaAnswers, SOURCES.kVisaPeople, SOURCES.exitEntryLaw, SOURCES.nia240Hour],
  reviewedOn: '2026-12-01',
  notices: [
    {
      text: bi(
        'The K visa is not permission to work. The official answers do not list employment among its activities: a job in China still needs the work permit (see the China work route checklist).',
        'K字签证不等于工作许可。官方答复所列活动中不包括就业：在中国就业仍须办理工作许可（参见“中国：工作路线”清单）。',
      ),
      needsVerification: true,
    },
    {
      text: bi(
        'Detailed rules are set by each embassy or consulate; check the one where you apply.',
        '具体办理细则由各驻外使领馆制定，请以你申请所在使领馆的规定为准。',
      ),
      needsVerification: false,
    },
    NO_WORK_WITHOUT_VISA_NOTICE,
  ],
  items: [
    {
      key: 'eligibility',
      title: bi('Check that you qualify', '确认是否符合申请条件'),
      details: bi(
        'A bachelor’s degree or higher in a STEM field from a well-known university or research institution in China or abroad, or current STEM teaching or research at such an institution. No employer or inviting entity is required.',
        '毕业于国内外知名高校或科研机构，取得理工科（STEM）相关专业学士及以上学位；或在上述机构从事理工科相关教学、科研工作。无需境内雇主或单位邀请。',
      ),
      category: 'visa',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -30 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'age-limit',
      title: bi('Age limit (reported as 18-45)', '年龄限制（据报道为18至45岁）'),
      details: bi(
        'An age range of 18 to 45 is widely reported but is not in the official answers. Check the embassy’s rules.',
        '18至45岁的年龄范围流传较广，但官方答复中并无此项。请以使领馆规定为准。',
      ),
      category: 'visa',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: true,
    },
    {
      key: 'embassy-rules',
      title: bi('Read the detailed rules of your embassy or consulate', '查阅所在使领馆的具体规定'),
      details: bi(
        'The documents required and the application steps are set by each embassy or consulate.',
        '所需材料及申请流程由各驻外使领馆具体规定。',
      ),
      category: 'visa',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -30 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'proof-of-qualification',
      title: bi('Degree certificate or proof of STEM teaching or research', '学位证书或理工科教学、科研工作证明'),
      details: bi(
        'Proof that you meet the conditions, in the form your embassy asks for. Since Nov 7, 2023 an apostille replaces consular legalization between member states of the Apostille Convention.',
        '按使领馆要求的形式提供符合条件的证明。自2023年11月7日起，《海牙认证公约》成员国之间以海牙认证取代领事认证。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -14 },
      validity: null,
      blockedBy: ['embassy-rules'],
      needsVerification: false,
    },
    {
      key: 'passport',
      title: bi('Passport validity and blank pages', '护照有效期及空白页'),
      details: bi(
        'For the Z visa the consulate asks for more than 6 months of validity and a blank page; check the requirement for the K visa with your embassy.',
        '申请Z字签证时，领事馆要求护照有效期在6个月以上并留有空白页；K字签证的要求请向使领馆核实。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -30 },
      validity: { basis: 'expiry-date', validMonthsPast: 6, neededBy: { kind: 'anchor', anchor: 'entry' } },
      blockedBy: [],
      needsVerification: true,
    },
    {
      key: 'k-visa',
      title: bi('Apply for the K visa', '申请K字签证'),
      details: bi(
        'Apply at the embassy or consulate with the documents it asks for.',
        '按使领馆要求携带材料提出申请。',
      ),
      category: 'visa',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: 0 },
      validity: null,
      blockedBy: ['eligibility', 'embassy-rules', 'proof-of-qualification', 'passport'],
      needsVerification: false,
    },
    {
      key: 'validity-and-stay',
      title: bi('Check the validity and length of stay on your visa', '核对签证有效期及停留期限'),
      details: bi(
        'The K visa offers more entries, longer validity and longer stays than ordinary visas. Figures of 5 years’ validity and 180 days a stay are reported but are not in the official answers: read what your visa says.',
        'K字签证在入境次数、有效期和停留期限方面比普通签证更为便利。有报道称有效期5年、每次停留180日，但官方答复中并无此项：请以签证上的标注为准。',
      ),
      category: 'visa',
      due: { kind: 'none' },
      validity: null,
      blockedBy: ['k-visa'],
      needsVerification: true,
    },
    {
      key: 'not-a-work-permit',
      title: bi('A job still needs the work permit: the K visa is not permission to work', '就业仍须办理工作许可：K字签证不等于工作许可'),
      details: bi(
        'The official wording lists education, science and technology and cultural exchange, entrepreneurship and business; it does not list employment. If you take a job in China, follow the work-permit route (China work route checklist) and ask the authorities before you start.',
        '官方表述列出的活动为教育、科技、文化交流及创业、商务等，并未列出就业。如在中国就业，请按工作许可流程办理（参见“中国：工作路线”清单），并在开始工作前向主管部门确认。',
      ),
      category: 'employment',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: true,
    },
    {
      key: 'entry',
      title: bi('Enter China', '入境中国'),
      details: bi('Set the entry date in the plan: the deadlines below count from it.', '请在计划中设置入境日期：以下各项截止日期均从该日起计算。'),
      category: 'travel',
      due: { kind: 'relative', anchor: 'entry', offsetDays: 0 },
      validity: null,
      blockedBy: ['k-visa'],
      needsVerification: false,
    },
    POLICE_REGISTRATION_ITEM,
  ],
} satisfies ChecklistTemplate;
