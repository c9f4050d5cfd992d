import type { Source } from '../checklists/schema';

/** The rules the counter applies, shown under its answers with the date they were last checked. */
export const RESIDENCY_REVIEWED_ON = '2026-12-01';

export const RESIDENCY_SOURCES = {
  iitLaw: { title: 'Individual Income Tax Law of the PRC, art. 1 (183 days in a calendar year)', url: null, date: '2018-08-31' },
  announcement34: {
    title: 'MOF/STA Announcement 2019 No. 34: days of residence (24 hours), the six-year rule and its 30-day absence',
    url: 'https://www.chinatax.gov.cn/n810341/n810755/c4148981/content.html',
    date: '2019-03-14',
  },
  returneeDomicile: {
    title: 'STA Q&A: people who come back after study or work abroad are domiciled in China',
    url: 'https://www.chinatax.gov.cn/n810356/n3255681/c4251584/content.html',
    date: null,
  },
  irsPub54: {
    title: 'IRS Publication 54 and 26 U.S.C. 911(d): physical-presence test, 330 full days in 12 consecutive months',
    url: 'https://www.irs.gov/publications/p54',
    date: '2025',
  },
} as const satisfies Record<string, Source>;
