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
  version: 2,
  title: bi('China: permanent residence overview', '中国：永久居留概览'),
  description: bi(
    'The routes to the foreign permanent residence ID card ("green card"), nationally and in Beijing and Shanghai, and what to keep a record of along the way.',
    '外国人永久居留身份证（“中国绿卡”）的申请途径（全国及北京、上海），以及在此期间需要留存的记录。',
  ),
  sources: [SOURCES.prNational, SOURCES.prBeijing, SOURCES.prShanghai, SOURCES.shanghaiTalentPr, SOURCES.prCard2023, SOURCES.prStayRule],
  reviewedOn: '2026-12-01',
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
      key: 'new-style-card',
      title: bi('The card: the new-style permanent residence ID card since Dec 1, 2023', '证件：自2023年12月1日起签发新版外国人永久居留身份证'),
      details: bi(
        'Since Dec 1, 2023 the National Immigration Administration issues the new-style foreign permanent residence ID card ("five-star card"). It serves as an ID on its own, for hotels, tickets and other services; older cards stay valid until they expire and can be exchanged.',
        '自2023年12月1日起，国家移民管理局签发新版外国人永久居留身份证（“五星卡”）。该证可单独作为身份证件，用于住宿登记、购票等事务；现版证件在有效期内继续有效，也可申请换发新版。',
      ),
      category: 'documents',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
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
        '4 consecutive years of work, at least 6 months a year in China, salary at least 6 times the local average wage, individual income tax at least 20% of salary, and a recommendation from your employer (source dated Jan 16, 2020).',
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
      title: bi('Shanghai: after 3 years of work on a "Talent" residence permit', '上海：持“人才”类居留许可工作满3年'),
      details: bi(
        'Under the Ministry of Public Security measures for Shanghai in force from Jul 1, 2015, foreigners whose residence permit is marked "Talent" and who have worked in Shanghai for 3 consecutive years may apply directly for permanent residence (BAL, 2015). Ask the exit-entry administration whether the route is still open.',
        '根据自2015年7月1日起施行的公安部支持上海的出入境政策措施，居留许可标注“人才”、在沪连续工作满3年的外国人，可直接申请永久居留（BAL，2015年）。请向出入境管理部门确认该途径目前是否仍然适用。',
      ),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
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
      title: bi('After approval: stay at least 3 months a year, or 1 year in 5 with approval', '获批后：每年在华居住不少于3个月，或经批准5年内累计不少于1年'),
      details: bi(
        'Permanent residents must stay in China at least 3 months a year in total. Someone who cannot, for a good reason, applies to the provincial public security department, and must then have stayed at least 1 year in total in 5 years. The trip log (Days in China) counts your days.',
        '永久居留外国人每年须在中国累计居住不少于3个月。因故无法满足的，须报经省级公安机关批准，且5年内在中国累计居住不少于1年。出入境记录（“在华天数”）可以帮你统计天数。',
      ),
      category: 'residence',
      due: { kind: 'none' },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
  ],
} satisfies ChecklistTemplate;
