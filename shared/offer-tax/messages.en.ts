/** English texts of messages.ts (one module per language so only the active one loads, issue 16). */
export const messages = {
  'offerTax.rule.taxYear': 'Year {{year}} ({{firstMonth}} to {{lastMonth}}) is taxed under the {{taxYear}} tables: {{months}} of its months fall in {{taxYear}}.',
  'offerTax.rule.bonusSeparateAllowed': 'Its annual bonus is paid on {{paidOn}}, by Dec 31, 2027, so it may be taxed separately.',
  'offerTax.rule.bonusSeparateNotAllowed': 'Its annual bonus is paid on {{paidOn}}, after Dec 31, 2027, so it cannot be taxed separately.',
  'offerTax.rule.exemptionMonths': '{{months}} of its 12 allowance months are paid by Dec 31, 2027: only those allowances can be tax-exempt.',
  'offerTax.rule.summary': 'Each offer year is taxed as one tax year, with the tables of the calendar year in which most of its months fall (the later year on a six-six split). The two reliefs that end on Dec 31, 2027 go by payment date instead: a year’s annual bonus is paid at its end (12 months after the year starts) and may be taxed separately only if paid by Dec 31, 2027; reimbursed allowances are exempt only for the months up to Dec 31, 2027. In reality the first and last calendar years hold only the months worked, and each payment is taxed in its month.',
  'offerTax.mapping.summary': 'How the offer is taxed: base, sign-on, cash allowances, lump-sum relocation and subsidies are taxed as wages; the annual bonus may be taxed separately if it is paid by Dec 31, 2027; reimbursed housing, education, language, home-leave and meal allowances and reimbursed relocation are tax-exempt for a foreign individual who takes the exemption; reimbursed transport and other allowances are taxed as wages.',
  'offerTax.missingRate': 'No exchange rate from {{from}} to {{to}}: add it to the rate table.',
  'offerTax.noRule': 'No tax rule is known for {{taxYear}}: no tax is estimated for this year.',
  'offerTax.invalidInput': 'The income figures of this year cannot be taxed ({{field}}).',
  'offerTax.horizonIncomplete': 'Not every year could be taxed, so there is no total.',
  'offerTax.noCostOfLiving': 'Enter the living costs of {{city}} in the comparison to see what is left.',
  'offerTax.beforeTax': 'Compared before tax: choose a tax model in the offer’s tax settings.',
} as const;
