import type { Source } from '../schema';

/*
 * Sources as named in shared/reference/china-relocation-facts.md. Addresses are the sites the reference
 * names; where it names no site (laws, orders, announcements) the url is null rather than invented.
 */
export const SOURCES = {
  workPermitGuide: { title: "Foreigner's Work Permit service guide (national, in force 2017-04-01)", url: null, date: '2017-04-01' },
  exitEntryLaw: { title: 'Exit and Entry Administration Law of the PRC, arts. 30, 39, 76 (in force 2013-07-01)', url: null, date: '2013-07-01' },
  mfaConsularFaq: { title: 'Chinese consular service FAQ (visa documents)', url: 'https://cs.mfa.gov.cn/', date: null },
  zssvisa: { title: 'zssvisa.cn: work-permit card, criminal-record certificate, degree', url: 'https://zssvisa.cn/', date: '2023-10-18' },
  changchunReview: { title: 'Changchun Science and Technology Bureau: work-permit review times', url: 'https://kjj.changchun.gov.cn/', date: '2021-08-27' },
  sanwenwang: { title: 'sanwenwang.com: health certificate validity', url: 'https://www.sanwenwang.com/', date: null },
  mfaApostille: { title: 'MFA notice: China joins the Apostille Convention (in force 2023-11-07)', url: null, date: '2023' },
  pointsTrial: { title: 'Work-permit points table (trial), jlc.hyit.edu.cn', url: 'https://jlc.hyit.edu.cn/', date: '2017-04-06' },
  pointsThresholds: { title: 'Work-permit categories and thresholds, vistra.com', url: 'https://www.vistra.com/', date: '2017' },
  pointsInterim: { title: '"Interim" points table (conflicting), smebrother.com', url: 'https://www.smebrother.com/', date: null },
  beijingRVisa: { title: 'Beijing implementation measures for high-level foreign talent (R visa)', url: null, date: '2021-06' },
  stdailyRVisa: { title: 'stdaily.com: R visa for high-level foreign talent', url: 'https://www.stdaily.com/', date: '2021-07-22' },
  kVisaOrder: { title: 'State Council Order No. 814 (K visa), in force 2025-10-01', url: null, date: '2025-08-07' },
  kVisaAnswers: { title: 'Joint ministry answers on the K visa (as reported)', url: null, date: '2025-08-14' },
  kVisaPeople: { title: 'en.people.cn: K visa takes effect', url: 'https://en.people.cn/', date: '2025-09-30' },
  prNational: { title: 'Measures for the Administration of Examination and Approval of Foreigners’ Permanent Residence (2004)', url: null, date: '2004' },
  prBeijing: { title: 'Beijing Exit-Entry: permanent residence, salary route', url: 'https://crjwx.gaj.beijing.gov.cn/', date: '2020-01-16' },
  prShanghai: { title: 'Shanghai permanent residence, salary route (2015 sources)', url: null, date: '2015' },
  iitAnnouncements: { title: 'MOF/STA Announcements 2023 No. 29 and No. 30 (individual income tax)', url: null, date: '2023' },
  pwcTax: { title: 'PwC Worldwide Tax Summaries: China, individual', url: 'https://taxsummaries.pwc.com/', date: '2025-07-02' },
} as const satisfies Record<string, Source>;
