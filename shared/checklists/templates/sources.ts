import type { Source } from '../schema';

/*
 * Sources as named in shared/reference/china-relocation-facts.md. Addresses are the sites the reference
 * names; where it names no site (laws, orders, announcements) the url is null rather than invented.
 */
export const SOURCES = {
  workPermitGuide: { title: "Foreigner's Work Permit service guide (national, in force Apr 1, 2017)", url: null, date: '2017-04-01' },
  exitEntryLaw: {
    title: 'Exit and Entry Administration Law of the PRC, arts. 30, 32, 33, 38, 39, 41, 76, 78 (in force Jul 1, 2013)',
    url: null,
    date: '2013-07-01',
  },
  // Added by issue 13's source check (docs/decisions/0013-returnees-and-residency.md).
  workPermitCategories: {
    title: 'Foreigner work-permit classification standard (trial): routes to A and B without points (summary at http://zssvisa.cn/chanpinlanmu/247.html)',
    url: null,
    date: '2017-04-01',
  },
  siAgreements: {
    title: 'MOHRSS: bilateral social-security agreements (exemptions apply to seconded employees; none with the US or the UK)',
    url: null,
    date: '2023-12',
  },
  nia240Hour: { title: 'NIA announcement on the 240-hour visa-free transit (work still needs a visa), reported by en.people.cn', url: 'https://en.people.cn/n3/2024/1217/c90000-20255011.html', date: '2024-12-17' },
  prCard2023: { title: 'NIA: the new-style foreign permanent residence ID card, issued from Dec 1, 2023 (Xinhua)', url: 'https://news.china.com/domesticzq/13004215/20230915/45451633.html', date: '2023-09-15' },
  prStayRule: { title: 'Permanent residence measures (2004): 3 months a year, or 1 year in 5 with approval (china.org.cn services guide)', url: null, date: '2015-06-01' },
  shanghaiTalentPr: {
    title: 'BAL: Shanghai measures from Jul 1, 2015, "Talent" residence permit holders after 3 years of work may apply for permanent residence',
    url: 'https://www.bal.com/perspectives/bal-news/new-rules-to-attract-foreign-experts-start-ups-take-effect-in-shanghai/',
    date: '2015-07-01',
  },
  shanghaiTalentPermit2025: {
    title: 'Shanghai Overseas Talent Residence Permit measures (Hu Fu Gui [2025] 3), Jul 1, 2025 to Jun 30, 2030 (Fragomen)',
    url: 'https://www.fragomen.com/insights/china-shanghai-launches-new-overseas-talent-residence-permit.html',
    date: '2025-10-27',
  },
  mfaConsularFaq: { title: 'Chinese consular service FAQ (visa documents)', url: 'https://cs.mfa.gov.cn/', date: null },
  zssvisa: { title: 'zssvisa.cn: work-permit card, criminal-record certificate, degree', url: 'https://zssvisa.cn/', date: '2023-10-18' },
  changchunReview: { title: 'Changchun Science and Technology Bureau: work-permit review times', url: 'https://kjj.changchun.gov.cn/', date: '2021-08-27' },
  sanwenwang: { title: 'sanwenwang.com: health certificate validity', url: 'https://www.sanwenwang.com/', date: null },
  mfaApostille: { title: 'MFA notice: China joins the Apostille Convention (in force Nov 7, 2023)', url: null, date: '2023' },
  pointsTrial: { title: 'Work-permit points table (trial), jlc.hyit.edu.cn', url: 'https://jlc.hyit.edu.cn/', date: '2017-04-06' },
  pointsThresholds: { title: 'Work-permit categories and thresholds, vistra.com', url: 'https://www.vistra.com/', date: '2017' },
  pointsInterim: { title: '"Interim" points table (conflicting), smebrother.com', url: 'https://www.smebrother.com/', date: null },
  beijingRVisa: { title: 'Beijing implementation measures for high-level foreign talent (R visa)', url: null, date: '2021-06' },
  stdailyRVisa: { title: 'stdaily.com: R visa for high-level foreign talent', url: 'https://www.stdaily.com/', date: '2021-07-22' },
  kVisaOrder: { title: 'State Council Order No. 814 (K visa), in force Oct 1, 2025', url: null, date: '2025-08-07' },
  kVisaAnswers: { title: 'Joint ministry answers on the K visa (as reported)', url: null, date: '2025-08-14' },
  kVisaPeople: { title: 'en.people.cn: K visa takes effect', url: 'https://en.people.cn/', date: '2025-09-30' },
  prNational: { title: 'Measures for the Administration of Examination and Approval of Foreigners’ Permanent Residence (2004)', url: null, date: '2004' },
  prBeijing: { title: 'Beijing Exit-Entry: permanent residence, salary route', url: 'https://crjwx.gaj.beijing.gov.cn/', date: '2020-01-16' },
  prShanghai: { title: 'Shanghai permanent residence, salary route (2015 sources)', url: null, date: '2015' },
  iitAnnouncements: { title: 'MOF/STA Announcements 2023 No. 29 and No. 30 (individual income tax)', url: null, date: '2023' },
  pwcTax: { title: 'PwC Worldwide Tax Summaries: China, individual', url: 'https://taxsummaries.pwc.com/', date: '2025-07-02' },
} as const satisfies Record<string, Source>;
