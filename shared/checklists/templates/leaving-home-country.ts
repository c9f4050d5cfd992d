import type { ChecklistTemplate } from '../template-schema';
import { bi } from './bilingual';
import { plainItem } from './plain-item';
import { SOURCES } from './sources';

/*
 * Tasks for the country being left. Rules differ everywhere (deregistration, exit tax returns), so items
 * ask the person to check their own country's rules rather than stating them.
 */
export const leavingHomeCountryTemplate = {
  id: 'leaving-home-country',
  version: 1,
  title: bi('Leaving your current country', '离开现居住国'),
  description: bi(
    'What to close, keep or hand over before you go. Dates count from your move date and are suggestions you can change.',
    '出发前需要注销、保留或交接的事项。日期以搬迁日期为基准推算，均为建议，可自行调整。',
  ),
  sources: [SOURCES.pwcTax],
  reviewedOn: '2026-01-15',
  notices: [],
  items: [
    {
      key: 'resign',
      title: bi('Resign from your current job', '向现雇主提出辞职'),
      details: bi(
        'Check your notice period, and any bonus or relocation money you would have to pay back if you leave.',
        '确认合同规定的提前通知期，以及离职后是否需要退还奖金或搬迁补贴。',
      ),
      category: 'employment',
      due: { kind: 'relative', anchor: 'offer-accepted', offsetDays: 7 },
      validity: null,
      blockedBy: [],
      needsVerification: false,
    },
    plainItem(
      'pension',
      'finance',
      -60,
      bi('Find out what happens to your pension and social security', '了解养老金及社会保障的处理方式'),
      bi(
        'Ask whether contributions can continue, be refunded or count abroad under an agreement between the two countries.',
        '询问缴费能否继续、能否退还，或能否依据两国间的协定在国外累计计算。',
      ),
    ),
    plainItem(
      'voting',
      'other',
      -60,
      bi('Register to vote from abroad', '登记海外投票'),
      bi('If your country allows it, register before you leave.', '如你的国家允许，请在出发前办理登记。'),
    ),
    plainItem(
      'tax-departure',
      'tax',
      -30,
      bi('Check your tax obligations on leaving', '了解离境时的纳税义务'),
      bi(
        'Some countries require a departure or final tax return, or tax unrealised gains when you leave. Ask the tax office or an adviser.',
        '部分国家要求离境时提交离境或最终纳税申报，或对未实现收益征税。请咨询税务机关或税务顾问。',
      ),
    ),
    plainItem(
      'utilities',
      'housing',
      -30,
      bi('Cancel utilities, internet and subscriptions', '注销水电燃气、网络及各类订阅服务'),
      bi('Note final meter readings and cancellation confirmations.', '记录最终的表计读数，并保留注销确认。'),
    ),
    plainItem(
      'belongings',
      'moving',
      -30,
      bi('Sell, donate or store what you will not ship', '出售、捐赠或寄存不托运的物品'),
      bi('Including a car: sell it, or arrange storage and insurance.', '包括汽车：出售，或安排存放及保险。'),
    ),
    plainItem(
      'power-of-attorney',
      'documents',
      -30,
      bi('Give someone you trust a power of attorney', '委托可信赖的人办理授权委托书'),
      bi('Someone who can sign for you at home while you are away.', '以便在你出国期间有人可以代你在国内签署文件。'),
    ),
    plainItem(
      'health-records',
      'health',
      -30,
      bi('Collect medical records, vaccinations and prescriptions', '收集病历、疫苗接种记录和处方'),
      bi('Ask for copies, and enough medicine for the first weeks.', '申请复印件，并备足头几周所需的药品。'),
    ),
    plainItem(
      'mail',
      'communication',
      -14,
      bi('Set up mail forwarding', '办理邮件转寄'),
      bi('Or ask someone to collect your post; update your address with banks and insurers.', '或请人代收邮件；并向银行和保险公司更新联系地址。'),
    ),
    plainItem(
      'deregister',
      'registration',
      0,
      bi('Deregister your address if your country requires it', '如所在国有要求，办理户籍或住址注销'),
      bi('Some countries require you to deregister when you move abroad; check the rules where you live.', '部分国家要求移居国外时注销登记，请查阅你所在地的规定。'),
    ),
    plainItem(
      'handover',
      'housing',
      0,
      bi('Hand over the keys', '交还钥匙'),
      bi('Take photos of the home’s condition and agree the return of your deposit.', '拍照记录房屋状况，并商定押金退还事宜。'),
      ['utilities'],
    ),
  ],
} satisfies ChecklistTemplate;
