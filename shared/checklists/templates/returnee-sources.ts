import type { Source } from '../schema';

/*
 * Sources for the returnee route, from shared/reference/returnee-facts.md (compiled 2026-12-01). Many are
 * reposts of official texts; the title says so where the address is not the issuing body's own site.
 * Sources served over plain http carry their address in the title (a source's url must be https).
 */
export const RETURNEE_SOURCES = {
  cscseNotice: {
    title: 'CSCSE notice on the 2019 authentication system (repost, Wuhan Univ. of Technology) (at http://sie.whut.edu.cn/jxgz/xzzq/hnd/201906/t20190621_666705.shtml)', url: null,
    date: '2019-06-21',
  },
  cscseTimes: { title: "Workers' Daily: CSCSE processing times (US degrees within 10 working days)", url: 'https://www.workercn.cn/papers/grrb/2018/02/02/5/news-5.html', date: '2018-02-02' },
  moeCertificate: {
    title: 'MoE announcement: the returned-student certificate is abolished from Nov 1, 2020 (repost) (at http://heegantimes.com/html/shanghai/lxs/164451.html)', url: null,
    date: '2020-09-18',
  },
  shanghaiHukou: {
    title: 'Shanghai HRSS rules for returned overseas students applying for Shanghai hukou (Hu Ren She Gui [2020] 25)',
    url: 'https://shanghai.gov.cn/202102nd/20210429/56f895155ef74134a0b30120af31cb1a.html',
    date: '2021-04-29',
  },
  shanghaiRanking2022: { title: 'University World News: Shanghai hukou for top-ranked graduates (2022-23 scheme)', url: 'https://www.universityworldnews.com/post.php?story=20220609152735214', date: '2022-06-09' },
  beijing2025: { title: 'chinajob.com: Beijing measures for returnees (2025)', url: 'https://www.chinajob.com/city_content/detail.php?id=igkkCVW06YFrN6uNmo', date: '2025-04-11' },
  dutyFreeCar: { title: 'Duty-free domestic car for returned students: customs notice (2007) and 2020 reports', url: 'https://earthedu.com/StudyAbroad/Policy/200705/20070530221858.shtml', date: '2007-05-30' },
  overseasChineseSettlement: { title: 'Liyang government: settling back as an overseas Chinese (hukou restored)', url: 'https://www.liyang.gov.cn/html/czly/2015/AQEHAJAL_0413/12691.html', date: '2015' },
  iitLawArt4: { title: 'Individual Income Tax Law art. 4(1): exempt awards (repost of the law text) (at http://swxa.cn/grsszcgjj/20240828/2f692cb974b547acb809adeb676f528c.html)', url: null, date: '2024-08-28' },
  gbaSubsidy: {
    title: 'Cai Shui [2019] 31, extended by Cai Shui [2023] 34: Greater Bay Area 15% individual income tax subsidy, to Dec 31, 2027',
    url: 'https://szfb.sz.gov.cn/zcwdpt/grsdsww/content/post_10998671.html',
    date: '2023-08-18',
  },
  staDomicile: { title: 'STA Q&A: people who return after study or work abroad are domiciled in China', url: 'https://www.chinatax.gov.cn/n810356/n3255681/c4251584/content.html', date: null },
  foreignIncome2020: { title: 'MOF/STA Announcement 2020 No. 3: income from outside China, filed 1 March - 30 June', url: 'https://cs.com.cn/sylm/jsbd/202001/t20200122_6019454.html', date: '2020-01-22' },
  rsuAfterReturn: { title: 'China Taxation 2020(07): foreign-source equity income has no specific splitting rule', url: 'https://scholarmate.com/S/XtWWo8', date: '2020' },
  socialInsuranceLaw: { title: 'Social Insurance Law art. 16 and the 2024 NPCSC decision on retirement ages (minimum rising to 20 years from 2030)', url: null, date: '2024-09-13' },
  mohrss16: { title: 'MOHRSS Order No. 16: social insurance for foreigners employed in China (in force Oct 15, 2011)', url: 'https://international.hfut.edu.cn/info/1040/3897.htm', date: '2011-09-06' },
  uscisI407: { title: 'USCIS: Form I-407, Record of Abandonment of Lawful Permanent Resident Status', url: 'https://www.uscis.gov/i-407', date: '2019-05-16' },
  embassyLpr: { title: 'US Embassy Phnom Penh: maintaining permanent resident status (12 months; reentry permit up to 2 years)', url: 'https://kh.usembassy.gov/visas/immigrant-visas/maintaining-permanent-resident-status/', date: null },
  expatriation: { title: 'Form 8854 instructions (as quoted) and Rev. Proc. 2024-40: long-term residents and covered-expatriate tests', url: 'https://irs.gov/irb/2024-45_IRB/index.html', date: '2024-11-04' },
  irsDualStatus: { title: 'IRS VITA: dual-status return (Form 1040-NR with a Form 1040 statement) (at http://apps.irs.gov/app/vita/content/0603/0603_01_017.jsp)', url: null, date: null },
  irsSailing: { title: 'IRS: departing alien clearance (sailing permit), Forms 1040-C and 2063', url: 'https://www.irs.gov/individuals/international-taxpayers/departing-alien-clearance-sailing-permit', date: null },
  irs558: { title: 'IRS Topic 558: additional tax on early distributions from retirement plans (archive) (at http://music.unclefed.com/TaxHelpArchives/1998/irs-tt/tc558.html)', url: null, date: '1998' },
  ssaAgreements: { title: 'SSA POMS: US totalization agreements in force (China is not one)', url: 'https://secure.ssa.gov/poms.nsf/lnx/0201701005', date: '2019-02' },
} as const satisfies Record<string, Source>;
