import type { ChecklistTemplate } from '../template-schema';
import { bi } from './bilingual';
import { NO_WORK_WITHOUT_VISA_NOTICE, POLICE_REGISTRATION_ITEM } from './china-entry-items';
import { SOURCES } from './sources';

/*
 * Reference section 2. The sources describe the visa itself; they say nothing about how the work permit
 * and residence permit work for R-visa holders, so those items ask the person to check instead of stating.
 */
export const chinaRVisaTemplate = {
  id: 'china-r-visa',
  version: 2,
  title: bi('China: R visa (high-level foreign talent)', '中国：R字签证（外国高层次人才）'),
  description: bi(
    'For people who meet the category-A (high-end talent) standard. Dates before entry are suggestions you can change.',
    '适用于符合A类（高端人才）标准的人员。入境前的日期为建议，可自行调整。',
  ),
  sources: [SOURCES.beijingRVisa, SOURCES.stdailyRVisa, SOURCES.exitEntryLaw, SOURCES.pointsThresholds, SOURCES.workPermitCategories, SOURCES.nia240Hour],
  reviewedOn: '2026-12-01',
  notices: [NO_WORK_WITHOUT_VISA_NOTICE],
  items: [
    {
      key: 'category-a',
      title: bi('Check that you meet the category-A standard', '确认符合A类人才标准'),
      details: bi(
        'The R visa is for people who meet the category-A (high-end talent) standard: 85 points or more in the work-permit points table, or a route without points, such as pay of at least 6 times the local average wage, a national talent program or an internationally recognised award. Use the points estimate as a first check only.',
        'R字签证适用于符合A类（高端人才）标准的人员：工作许可计分达到85分及以上，或符合无需计分的条件，例如工资不低于当地平均工资的6倍、入选国家人才计划或获得国际公认奖项。积分估算仅供初步判断。',
      ),
      category: 'work-permit',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -30 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'passport',
      title: bi('Passport validity and blank pages', '护照有效期及空白页'),
      details: bi(
        'For the Z visa the consulate asks for more than 6 months of validity and a blank page; check the requirement for the R visa with the consulate.',
        '申请Z字签证时，领事馆要求护照有效期在6个月以上并留有空白页；R字签证的要求请向领事馆核实。',
      ),
      category: 'documents',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -30 },
      validity: { basis: 'expiry-date', validMonthsPast: 6, neededBy: { kind: 'anchor', anchor: 'entry' } },
      blockedBy: [],
      needsVerification: true,
    },
    {
      key: 'confirmation-letter',
      title: bi('Obtain the high-level foreign talent confirmation letter', '取得外国高层次人才确认函'),
      details: bi(
        'The confirmation letter is applied for online and issued within 5 working days.',
        '确认函通过网上申请，5个工作日内出具。',
      ),
      category: 'visa',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: -7 },
      validity: null,
      blockedBy: ['category-a'],
      needsVerification: false,
    },
    {
      key: 'r-visa',
      title: bi('Apply for the R visa', '申请R字签证'),
      details: bi(
        'The visa can be issued in as little as 2 working days; visa and dispatch fees are waived.',
        '签证最快2个工作日即可签发，免收签证费和急件费。',
      ),
      category: 'visa',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: 0 },
      validity: null,
      blockedBy: ['confirmation-letter', 'passport'],
      needsVerification: false,
    },
    {
      key: 'family',
      title: bi('Visas for your spouse and minor children', '为配偶及未成年子女办理签证'),
      details: bi(
        'Your spouse and minor children can receive visas on the same terms.',
        '配偶及未成年子女可享受同等条件的签证待遇。',
      ),
      category: 'family',
      due: { kind: 'relative', anchor: 'visa-appointment', offsetDays: 0 },
      validity: null,
      blockedBy: ['confirmation-letter'],
      needsVerification: false,
    },
    {
      key: 'entry',
      title: bi('Enter China', '入境中国'),
      details: bi('Set the entry date in the plan: the deadlines below count from it.', '请在计划中设置入境日期：以下各项截止日期均从该日起计算。'),
      category: 'travel',
      due: { kind: 'relative', anchor: 'entry', offsetDays: 0 },
      validity: null,
      blockedBy: ['r-visa'],
      needsVerification: false,
    },
    POLICE_REGISTRATION_ITEM,
    {
      key: 'stay-length',
      title: bi('Keep each stay within 180 days', '每次停留不超过180日'),
      details: bi(
        'The R visa allows multiple entries over 5 to 10 years, with stays of up to 180 days each.',
        'R字签证可多次入境，有效期5至10年，每次停留最长180日。',
      ),
      category: 'travel',
      due: { kind: 'none' },
      validity: null,
      blockedBy: ['entry'],
      needsVerification: false,
    },
    {
      key: 'work-and-residence-permits',
      title: bi('Ask how the work permit and residence permit apply to you', '确认工作许可和居留许可如何办理'),
      details: bi(
        'The sources on the R visa do not say how the work permit and a residence permit are handled for R-visa holders who take a job. Ask your employer and the local authorities before you start work.',
        '关于R字签证的资料未说明持R字签证受聘工作者如何办理工作许可及居留许可。开始工作前，请向用人单位及当地主管部门确认。',
      ),
      category: 'work-permit',
      due: { kind: 'none' },
      validity: null,
      blockedBy: ['entry'],
      needsVerification: true,
    },
  ],
} satisfies ChecklistTemplate;
