import type { SameKeys } from '../../i18n/same-keys';
import type { messages as en } from './messages.en';

/** 简体中文 texts of messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
  'tax.validation.sg.daysRange': '请输入在新加坡的天数，0 到 366 之间的整数。',
  'tax.validation.sg.reliefsTooHigh': '每年的税务减免总额上限为 80,000 新元。',

  'tax.notice.hk.territorial': '香港只对来自香港受雇工作或在香港提供服务的收入征税。',
  'tax.notice.hk.reductionProposed': '2025/26 年度一次性宽减税款（100%，上限 3,000）为 2026-27 年度财政预算案建议，须经立法。',
  'tax.notice.hk.housingProvided': '实报实销津贴视为雇主提供的居所：按租值计税，而非按其成本。',
  'tax.notice.sg.territorial': '新加坡对在新加坡工作的受雇收入征税；大多数境外来源收入免税。',
  'tax.notice.sg.noRebateFound': '未找到该评税年度的个人所得税回扣，因此不计回扣。',
  'tax.notice.sg.cpfNotModelled': '公民和永久居民须缴纳公积金（CPF），此处未计算：到手收入被高估。',
  'tax.notice.sg.residentAssumed': '未填写在新加坡的天数：假定全年受雇，即为税务居民（183 天或以上）。',
  'tax.notice.equitySeparateConfirmed': '你确认为符合条件的上市公司计划的股权激励，全额单独适用综合所得年度税率表计税（财政部 税务总局公告 2023 年第 25 号，执行至2027年12月31日）。',
  'tax.notice.equitySeparateEnded': '上市公司股权激励单独计税于2027年12月31日结束（2023 年第 25 号公告）：之后归属的股权按工资薪金计税。',
  'tax.notice.equityDeferred': '非上市公司已备案的递延纳税计划：在股票转让时按 20% 缴税；此处按归属日价值在归属当年估算。',

  'tax.explain.equitySeparate': '股权激励单独计税（综合所得年度税率表第 {{bracket}} 级）：{{amountMinor}} × {{rateBp}} − 速算扣除数 {{quickDeductionMinor}} = {{taxMinor}}',
  'tax.explain.equityDeferred': '已备案递延纳税的股权激励：转让时 {{amountMinor}} × {{rateBp}} = {{taxMinor}}（按归属日价值估算）',
  'tax.explain.totalTaxWithEquity': '税额：综合所得 {{comprehensiveTaxMinor}} + 单独计税奖金 {{bonusTaxMinor}} + 股权激励 {{equityTaxMinor}} = {{taxMinor}}',
  'tax.explain.equityChoice': '股权激励 {{equityMinor}}：并入工资薪金时全年税额 {{asWagesTaxMinor}}，单独计税时 {{separateTaxMinor}}（少 {{savingMinor}}）；采用：{{chosenTaxMinor}}。单独计税须为符合条件的上市公司计划，请在税务设置中逐项授予确认。',
  'tax.explain.equityChoicePartial': '股权激励 {{equityMinor}}：并入工资薪金时全年税额 {{asWagesTaxMinor}}；其中 {{endsOn}} 前归属的 {{qualifyingMinor}} 单独计税时全年税额 {{separateTaxMinor}}（少 {{savingMinor}}；之后归属的 {{lateMinor}} 无论计划如何都并入工资薪金）；采用：{{chosenTaxMinor}}。单独计税须为符合条件的上市公司计划，请在税务设置中逐项授予确认。',
  'tax.explain.equityChoiceClosed': '股权激励 {{equityMinor}} 在 {{endsOn}} 之后归属，此时上市公司股权激励单独计税政策已结束（2023 年第 25 号公告）：无论计划如何都并入工资薪金计税；全年税额：{{chosenTaxMinor}}。',

  'tax.explain.hk.rules': '香港薪俸税，{{taxYear}} 年按 {{yearOfAssessment}} 课税年度计算（{{basis}}）。来源：{{source}}',
  'tax.explain.hk.rentalValue': '雇主提供的居所（雇主支付 {{housingMinor}}）按租值计税：{{incomeMinor}} × {{rateBp}} − 你支付的租金 {{rentPaidMinor}} = {{rentalValueMinor}}',
  'tax.explain.hk.allowancesTaxed': '实报实销津贴 {{amountMinor}} 全额计税（现金附带利益）',
  'tax.explain.hk.mpf': '强积金雇员供款 {{contributionMinor}}（5%，每月最多 1,500）；可扣除 {{deductionMinor}}（上限 {{capMinor}}）',
  'tax.explain.hk.netIncome': '入息净额：{{assessableMinor}} − 扣除 {{deductionsMinor}} = {{netIncomeMinor}}',
  'tax.explain.hk.progressive': '累进税率：（{{netIncomeMinor}} − 免税额 {{allowancesMinor}}）= {{chargeableMinor}}，每 50,000 依次按 2%、6%、10%、14%，其余 17% = {{taxMinor}}',
  'tax.explain.hk.standard': '标准税率：{{netIncomeMinor}} × 15%（超过 5,000,000 部分 16%）= {{taxMinor}}',
  'tax.explain.hk.lower': '应缴税款：取较低者（{{chosen}}）= {{taxMinor}}',
  'tax.explain.hk.reduction': '一次性宽减：{{reductionMinor}}（上限 {{capMinor}}；已立法：{{isEnacted}}）',

  'tax.explain.sg.rules': '新加坡，{{yearOfAssessment}} 评税年度（{{taxYear}} 年收入，{{basis}}）。来源：{{source}}',
  'tax.explain.sg.residency': '税务居民身份（{{residency}}）：天数 {{days}}，门槛 {{threshold}}；居民：{{isResident}}',
  'tax.explain.sg.reliefs': '税务减免：劳动所得减免 {{earnedIncomeReliefMinor}} + 其他 {{otherReliefsMinor}}，上限 {{capMinor}} = {{reliefsMinor}}',
  'tax.explain.sg.resident': '应税收入 {{chargeableMinor}} 按居民税率 = {{taxMinor}}',
  'tax.explain.sg.rebate': '个人所得税回扣：{{rateBp}}，最多 {{capMinor}} = {{rebateMinor}}',
  'tax.explain.sg.nonResident': '非居民受雇收入：取 15% × {{grossMinor}} = {{flatMinor}} 与居民税率 {{progressiveMinor}} 中较高者 = {{taxMinor}}',

  'tax.label.hkChoice.progressive': '累进税率',
  'tax.label.hkChoice.standard': '标准税率',
  'tax.label.sgResidency.by-days': '按在新加坡的天数',
  'tax.label.sgResidency.resident': '居民',
  'tax.label.sgResidency.non-resident': '非居民',
  'tax.label.model.hong-kong': '香港薪俸税',
  'tax.label.model.singapore': '新加坡所得税',
} as const satisfies SameKeys<typeof en>;
