import type { SameKeys } from '../i18n/same-keys';
import type { messages as en } from './messages.en';

/** 简体中文 texts of messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
  'offerTax.rule.taxYear': '第 {{year}} 年（{{firstMonth}} 至 {{lastMonth}}）按 {{taxYear}} 年的税率表计税：其中 {{months}} 个月在 {{taxYear}} 年。',
  'offerTax.rule.bonusSeparateAllowed': '该年的全年一次性奖金于 {{paidOn}} 发放，在2027年12月31日之前，可以单独计税。',
  'offerTax.rule.bonusSeparateNotAllowed': '该年的全年一次性奖金于 {{paidOn}} 发放，晚于2027年12月31日，不能单独计税。',
  'offerTax.rule.exemptionMonths': '该年 12 个月的津贴中有 {{months}} 个月在2027年12月31日前发放：只有这些津贴可以免税。',
  'offerTax.rule.summary': '每个工作机会年度按一个纳税年度计算，适用其多数月份所在公历年度的税率表（六个月对六个月时取后一年）。于2027年12月31日结束的两项优惠则按发放日期判断：每年的全年一次性奖金在该年结束时（该年开始后 12 个月）发放，只有在2027年12月31日前发放的才可单独计税；实报实销津贴只有2027年12月31日前的月份免税。实际上首尾两个公历年度只包含实际工作的月份，每笔收入在支付当月计税。',
  'offerTax.mapping.summary': '计税方式：基本工资、签约奖金、现金津贴、一次性搬迁费和补贴按工资薪金计税；全年一次性奖金在2027年12月31日前发放的可单独计税；实报实销的住房、子女教育、语言训练、探亲、伙食津贴及实报实销的搬迁费，外籍个人选择免税时免税；实报实销的交通及其他津贴按工资薪金计税。',
  'offerTax.missingRate': '没有从 {{from}} 到 {{to}} 的汇率：请在汇率表中添加。',
  'offerTax.noRule': '没有 {{taxYear}} 年的税收规则：该年不估算税额。',
  'offerTax.invalidInput': '该年的收入数据无法计税（{{field}}）。',
  'offerTax.horizonIncomplete': '并非每一年都能计税，因此没有合计。',
  'offerTax.noCostOfLiving': '在比较中填写 {{city}} 的生活成本后，即可看到剩余金额。',
  'offerTax.beforeTax': '按税前比较：请在该工作机会的税务设置中选择计税方式。',
} as const satisfies SameKeys<typeof en>;
