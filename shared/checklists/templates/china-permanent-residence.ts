import type { ChecklistTemplate } from '../template-schema';
import { bi } from './bilingual';
import { SOURCES } from './sources';

/*
 * Reference section 4: an overview of routes, not an application guide. Conditions are quoted as the
 * sources give them, with their age visible (the Shanghai figures come from 2015 sources); the reported
 * 2025 Shanghai route is flagged.
 */
export const chinaPermanentResidenceTemplate = {
  id: 'china-permanent-residence',
  version: 1,
  title: bi('China: permanent residence overview', '中国：永久居留概览'),
  description: bi(
    'The routes to the foreign permanent residence ID card ("green card"), nationally and in Beijing and Shanghai, and what to keep a record of along the way.',
    '外国人永久居留身份证（“中国绿卡”）的申请途径（全国及北京、上海），以及在此期间需要留存的记录。',
  ),
  sources: [SOURCES.prNational, SOURCES.prBeijing, SOURCES.prShanghai],
  reviewedOn: '2026-01-15',
  notices: [
    {
      text: bi(
        'Conditions change and differ by city. Check the current rules with the exit-entry administration before you rely on a route.',
        '申请条件会调整，且各城市不尽相同。确定申请途径前，请向出入境管理部门核实现行规定。',
      ),
      needsVerification: false,
    },
  ],
  items: [
    {
      key: 'national-routes',
      title: bi('Find your route under the national measures (2004)', '对照全国性规定（2004年）确定申请途径'),
      details: bi(
        'Routes: investment in China; a post of deputy general manager or associate professor (or above) for 4 years with at least 3 years’ residence and a good tax record; a major contribution to China; family reunion.',
        '申请途径包括：在华投资；担任副总经理、副教授及以上职务满4年，在华累计居留不少于3年且纳税记录良好；对中国有重大贡献；家庭团聚。',
      ),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'beijing-salary-route',
      title: bi('Beijing salary route', '北京：工资性收入途径'),
      details: bi(
        '4 consecutive years of work, at least 6 months a year in China, salary at least 6 times the local average wage, individual income tax at least 20% of salary, and a recommendation from your employer (source dated 2020-01-16).',
        '连续工作满4年，每年在中国实际居住不少于6个月，工资性年收入不低于当地职工平均工资的6倍，年缴纳个人所得税不低于工资性年收入的20%，并经工作单位推荐（资料日期：2020年1月16日）。',
      ),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'shanghai-salary-route',
      title: bi('Shanghai salary route (2015 sources)', '上海：工资性收入途径（2015年资料）'),
      details: bi(
        '4 years of work, salary at least 600,000 CNY a year, individual income tax at least 120,000 CNY a year, at least 6 months a year in China. These figures come from 2015 sources.',
        '连续工作满4年，年工资性收入不低于60万元，年缴纳个人所得税不低于12万元，每年在中国实际居住不少于6个月。以上数字出自2015年的资料。',
      ),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'shanghai-talent-route',
      title: bi('Shanghai: reported 2025 route via the "Talent" residence permit', '上海：据报道的2025年“人才”类居留许可途径'),
      details: bi(
        'A route after 3 years on a "Talent" residence permit is reported for 2025; the reference could not confirm it.',
        '据报道，2025年起持“人才”类居留许可满3年即可申请；参考资料未能证实。',
      ),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: true,
    },
    {
      key: 'days-in-china',
      title: bi('Keep a record of your days in China each year', '记录每年在中国的居住天数'),
      details: bi(
        'The Beijing and Shanghai salary routes need at least 6 months a year in China. Keep entry and exit stamps or records.',
        '北京、上海的工资性收入途径均要求每年在中国居住不少于6个月。请保留出入境记录。',
      ),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'tax-records',
      title: bi('Keep your individual income tax records', '留存个人所得税纳税记录'),
      details: bi(
        'Salary routes compare the tax you paid with your salary (Beijing: at least 20%; Shanghai: at least 120,000 CNY a year). Keep annual tax records.',
        '工资性收入途径会将纳税额与工资收入对照（北京：不低于20%；上海：每年不低于12万元）。请保留每年的纳税记录。',
      ),
      category: 'tax',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    {
      key: 'employer-recommendation',
      title: bi('Ask your employer for a recommendation (Beijing route)', '请用人单位出具推荐（北京途径）'),
      details: bi('The Beijing salary route requires a recommendation from your employer.', '北京工资性收入途径要求由工作单位推荐。'),
      category: 'employment',
      due: { kind: 'none' },
      validity: null,
      blockedBy: ['beijing-salary-route'],
      needsVerification: false,
    },
    {
      key: 'after-approval',
      title: bi('After approval: stay at least 3 months a year', '获批后：每年在华居住不少于3个月'),
      details: bi('Permanent residents must stay in China at least 3 months a year.', '永久居留外国人每年须在中国居住不少于3个月。'),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
  ],
} satisfies ChecklistTemplate;
