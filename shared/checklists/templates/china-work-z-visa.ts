import type { ChecklistTemplate } from '../template-schema';
import { bi } from './bilingual';
import { NO_WORK_WITHOUT_VISA_NOTICE, POLICE_REGISTRATION_ITEM, STAY_RULE_ITEMS } from './china-entry-items';
import { SOURCES } from './sources';

/*
 * Reference section 1. Deadlines after entry are the legal ones (24 hours, 15 days, 30 days); dates
 * before the visa appointment are suggestions that leave room for the review times the sources give
 * (pre-review 5-10 working days, decision 5-10 working days), and say so in their details.
 */
export const chinaWorkZVisaTemplate = {
  id: 'china-work-z-visa',
  version: 2,
  title: bi('China: work route (Z visa)', '中国：工作路线（Z字签证）'),
  description: bi(
    'From the work-permit application to the residence permit. Deadlines after entry follow the law; earlier dates are suggestions you can change.',
    '从工作许可申请到居留许可。入境后的截止日期依据法律规定；入境前的日期为建议，可自行调整。',
  ),
  sources: [
    SOURCES.workPermitGuide,
    SOURCES.exitEntryLaw,
    SOURCES.mfaConsularFaq,
    SOURCES.zssvisa,
    SOURCES.changchunReview,
    SOURCES.sanwenwang,
    SOURCES.mfaApostille,
    SOURCES.workPermitCategories,
    SOURCES.nia240Hour,
  ],
  reviewedOn: '2026-12-01',
  notices: [
    NO_WORK_WITHOUT_VISA_NOTICE,
    {
      text: bi(
        'The whole process is sometimes said to take about 45 days; that figure comes from a weak source.',
        '有说法称整个流程约需45天，但该数字来源不够可靠。',
      ),
      needsVerification: true,
    },
  ],
  items: [
    {
      key: 'passport',
      title: bi('Passport valid 6 months past entry, with a blank page', '护照有效期超过入境后6个月，并留有空白页'),
      details: bi(
        'The consulate asks for a passport valid for more than 6 months with at least one blank visa page. Enter its expiry date to be warned in time; renewing takes time.',
        '领事馆要求护照有效期在6个月以上，并至少有一页空白签证页。填写护照到期日，系统会及时提醒；换发护照需要时间。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -60 },
      validity: { basis: 'expiry-date', validMonthsPast: 6, neededBy: { kind: 'anchor', anchor: 'entry' } },
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'photos',
      title: bi('Passport photos for the visa and permits', '签证及各类许可所需的证件照'),
      details: bi(
        'The visa form needs a photo; the work-permit and residence-permit applications do too. Get several prints and a digital copy.',
        '签证申请表需要照片，工作许可和居留许可申请同样需要。请多冲印几张，并保留电子版。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -45 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'degree-apostille',
      title: bi('Highest degree certificate, apostilled', '最高学历证书（办理海牙认证）'),
      details: bi(
        'Your employer needs your highest degree, apostilled or authenticated. China joined the Apostille Convention on Nov 7, 2023: between member states an apostille replaces consular legalization.',
        '用人单位需要你的最高学历证书，并经海牙认证或领事认证。中国自2023年11月7日起加入《海牙认证公约》：公约成员国之间以附加证明书（海牙认证）取代领事认证。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -45 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'criminal-record',
      title: bi('Criminal-record certificate (valid 6 months from issue)', '无犯罪记录证明（自签发之日起6个月内有效）'),
      details: bi(
        'From your country of nationality or a country where you lived for at least a year; an apostille is accepted. It counts for 6 months from its issue date, so do not request it too early. Enter the issue date to be warned if it expires before the application.',
        '由国籍国或你居住满一年以上的国家出具，接受海牙认证。证明自签发之日起6个月内有效，请勿过早申请。填写签发日期后，如在提交申请前过期，系统会提醒你。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -45 },
      validity: { basis: 'issue-date', months: 6, neededBy: { kind: 'item', itemKey: 'work-permit-application' } },
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'health-certificate',
      title: bi('Health certificate (valid 6 months)', '体检证明（6个月内有效）'),
      details: bi(
        'A health certificate counts for 6 months. In China you either take the medical check or have a foreign certificate accepted, so it should still be valid then.',
        '体检证明有效期为6个月。到中国后需要进行体检或办理境外体检证明的认可，届时证明应仍在有效期内。',
      ),
      category: 'health',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -45 },
      validity: { basis: 'issue-date', months: 6, neededBy: { kind: 'item', itemKey: 'medical-check' } },
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'cv-experience',
      title: bi('CV and letters proving work experience', '个人简历及工作经历证明信'),
      details: bi(
        'Letters from former employers showing your positions and years of experience, for the work-permit application.',
        '由以往雇主出具、载明职位和工作年限的证明信，用于工作许可申请。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -45 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'employment-contract',
      title: bi('Signed employment contract', '已签署的劳动合同'),
      details: bi(
        'The contract with your employer in China is part of the work-permit application.',
        '与中国用人单位签订的劳动合同是工作许可申请材料之一。',
      ),
      category: 'employment',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -45 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'work-permit-application',
      title: bi('Employer applies online for the work permit', '用人单位在线申请工作许可'),
      details: bi(
        'Your employer files the application in the national work-permit system. Pre-review takes 5-10 working days and the decision 5 (category A) or 10 (others) working days; the suggested date leaves about a month before the visa appointment.',
        '由用人单位在全国外国人工作管理服务系统中提交申请。预审需5至10个工作日，审批需5个（A类）或10个（其他类别）工作日；建议日期为签证预约前约一个月。',
      ),
      category: 'work-permit',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -30 },
      validity: null,
      blockedBy: ['passport', 'photos', 'degree-apostille', 'criminal-record', 'health-certificate', 'cv-experience', 'employment-contract'],
      needsVerification: false,
    },
    {
      key: 'work-permit-notification',
      title: bi("Receive the Notification Letter of Foreigner's Work Permit", '取得《外国人工作许可通知》'),
      details: bi(
        'The approval produces this letter. You need it for the Z visa application.',
        '审批通过后会出具该通知，申请Z字签证时需要提供。',
      ),
      category: 'work-permit',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -1 },
      validity: null,
      blockedBy: ['work-permit-application'],
      needsVerification: false,
    },
    {
      key: 'z-visa',
      title: bi('Apply for the Z visa at the consulate', '在领事馆申请Z字签证'),
      details: bi(
        'Bring the passport, the completed form with photo, and the work-permit notification letter.',
        '携带护照、填写完整并贴有照片的申请表，以及工作许可通知。',
      ),
      category: 'visa',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: 0 },
      validity: null,
      blockedBy: ['passport', 'photos', 'work-permit-notification'],
      needsVerification: false,
    },
    {
      key: 'entry',
      title: bi('Enter China', '入境中国'),
      details: bi(
        'Set the entry date in the plan: the deadlines below count from it.',
        '请在计划中设置入境日期：以下各项截止日期均从该日起计算。',
      ),
      category: 'travel',
      due: { kind: 'relative', anchor: 'entry', offsetDays: 0 },
      validity: null,
      blockedBy: ['z-visa'],
      needsVerification: false,
    },
    POLICE_REGISTRATION_ITEM,
    {
      key: 'medical-check',
      title: bi('Medical check in China within the first week (or have the foreign certificate accepted)', '入境后一周内在华体检（或办理境外体检证明认可）'),
      details: bi(
        'Do it in your first week: the results take several days, and the work-permit card application, which needs them, is due 15 days after entry. Waiting until the card’s own deadline leaves no time.',
        '请在入境后第一周内完成：体检结果需要数天才能出具，而需要该结果的工作许可证申请须在入境后15日内提出。拖到工作许可证的截止日期才体检就来不及了。',
      ),
      category: 'health',
      due: { kind: 'relative', anchor: 'entry', offsetDays: 7 },
      validity: null,
      blockedBy: ['entry'],
      needsVerification: false,
    },
    {
      key: 'work-permit-card',
      title: bi('Apply for the work-permit card within 15 days of entry', '入境后15日内申请外国人工作许可证'),
      details: bi(
        'Your employer applies for the work-permit card within 15 days of your entry.',
        '由用人单位在你入境后15日内申领外国人工作许可证。',
      ),
      category: 'work-permit',
      due: { kind: 'relative', anchor: 'entry', offsetDays: 15 },
      validity: null,
      blockedBy: ['police-registration', 'medical-check'],
      needsVerification: false,
    },
    {
      key: 'residence-permit',
      title: bi('Apply for the residence permit within 30 days of entry', '入境后30日内申请居留许可'),
      details: bi(
        'Apply at the exit-entry administration within 30 days of entry. The decision takes up to 15 days; a work residence permit is valid from 90 days to 5 years.',
        '须在入境后30日内向出入境管理机构申请。审批时限最长15日；工作类居留许可有效期为90日至5年。',
      ),
      category: 'residence',
      due: { kind: 'relative', anchor: 'entry', offsetDays: 30 },
      validity: null,
      blockedBy: ['work-permit-card', 'police-registration'],
      needsVerification: false,
    },
    ...STAY_RULE_ITEMS,
  ],
} satisfies ChecklistTemplate;
