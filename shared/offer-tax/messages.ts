/**
 * i18n keys of the offers-and-tax integration (flat, en and zh-CN with the same keys). Registered by the tax
 * feature's ui-messages.ts, which spreads them into its own table.
 */
export const OFFER_TAX_MESSAGES = {
  en: {
    'offerTax.rule.taxYear': 'Year {{year}} ({{firstMonth}} to {{lastMonth}}) is taxed under the {{taxYear}} rules: {{months}} of its months fall in {{taxYear}}.',
    'offerTax.rule.summary': 'Each offer year is taxed as one tax year, under the rules of the calendar year in which most of its months fall (the later year on a six-six split). In reality the first and last calendar years hold only the months worked, and each payment is taxed in its month.',
    'offerTax.mapping.summary': 'How the offer is taxed: base, sign-on, cash allowances, lump-sum relocation and subsidies are taxed as wages; the annual bonus may be taxed separately where the year allows it; reimbursed housing, education, language, home-leave and meal allowances and reimbursed relocation are tax-exempt for a foreign individual who takes the exemption; reimbursed transport and other allowances are taxed as wages.',
    'offerTax.missingRate': 'No exchange rate from {{from}} to {{to}}: add it to the rate table.',
    'offerTax.noRule': 'No tax rule is known for {{taxYear}}: no tax is estimated for this year.',
    'offerTax.invalidInput': 'The income figures of this year cannot be taxed ({{field}}).',
    'offerTax.horizonIncomplete': 'Not every year could be taxed, so there is no total.',
    'offerTax.noCostOfLiving': 'Enter the living costs of {{city}} in the comparison to see what is left.',
    'offerTax.beforeTax': 'Compared before tax: choose a tax model in the offer’s tax settings.',
  },
  'zh-CN': {
    'offerTax.rule.taxYear': '第 {{year}} 年（{{firstMonth}} 至 {{lastMonth}}）按 {{taxYear}} 年的规则计税：其中 {{months}} 个月在 {{taxYear}} 年。',
    'offerTax.rule.summary': '每个录用年度按一个纳税年度计算，适用其多数月份所在公历年度的规则（六个月对六个月时取后一年）。实际上首尾两个公历年度只包含实际工作的月份，每笔收入在支付当月计税。',
    'offerTax.mapping.summary': '计税方式：基本工资、签约奖金、现金津贴、一次性搬迁费和补贴按工资薪金计税；全年一次性奖金在政策允许的年度可单独计税；实报实销的住房、子女教育、语言训练、探亲、伙食津贴及实报实销的搬迁费，外籍个人选择免税时免税；实报实销的交通及其他津贴按工资薪金计税。',
    'offerTax.missingRate': '没有从 {{from}} 到 {{to}} 的汇率：请在汇率表中添加。',
    'offerTax.noRule': '没有 {{taxYear}} 年的税收规则：该年不估算税额。',
    'offerTax.invalidInput': '该年的收入数据无法计税（{{field}}）。',
    'offerTax.horizonIncomplete': '并非每一年都能计税，因此没有合计。',
    'offerTax.noCostOfLiving': '在比较中填写 {{city}} 的生活成本后，即可看到剩余金额。',
    'offerTax.beforeTax': '按税前比较：请在该录用的税务设置中选择计税方式。',
  },
} as const satisfies Record<'en' | 'zh-CN', Record<string, string>>;

export type OfferTaxMessageKey = keyof (typeof OFFER_TAX_MESSAGES)['en'];
