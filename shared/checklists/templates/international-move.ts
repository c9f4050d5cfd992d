import type { ChecklistTemplate } from '../template-schema';
import { bi } from './bilingual';
import { plainItem } from './plain-item';
import { SOURCES } from './sources';

/*
 * A country-neutral moving list. Lead times are suggestions (long ones where waiting lists or rules
 * usually take months: schools, pets); the only sourced facts are China's tax-residency rule and its
 * social-insurance agreements, quoted in the tax and social-insurance items.
 */
export const internationalMoveTemplate = {
  id: 'international-move',
  version: 2,
  title: bi('International move', '跨国搬迁'),
  description: bi(
    'Housing, shipping, money, phone, insurance, tax residency, pets and school. Dates count from your move date and are suggestions you can change.',
    '住房、托运、银行、电话、保险、税务居民身份、宠物和子女入学。日期以搬迁日期为基准推算，均为建议，可自行调整。',
  ),
  sources: [SOURCES.pwcTax, SOURCES.iitAnnouncements, SOURCES.siAgreements],
  reviewedOn: '2026-12-01',
  notices: [],
  items: [
    plainItem(
      'school',
      'family',
      -180,
      bi('Choose and apply to schools for your children', '为子女选择并申请学校'),
      bi(
        'International and local schools often have waiting lists and fixed intake dates. Ask what records and certificates they need.',
        '国际学校和本地学校常有候补名单和固定的入学时间。请询问需要哪些成绩记录和证明材料。',
      ),
    ),
    plainItem(
      'pets',
      'pets',
      -180,
      bi("Check the destination's rules for bringing pets", '了解目的地国家的宠物入境规定'),
      bi(
        'Microchips, vaccinations, blood tests and quarantine can take months. Check the official rules of the destination and of the airline.',
        '芯片植入、疫苗接种、血清检测和隔离检疫可能需要数月时间。请查阅目的地国家及航空公司的官方规定。',
      ),
    ),
    plainItem(
      'lease-notice',
      'housing',
      -90,
      bi('Give notice on your current home', '办理现住房的退租或出售'),
      bi(
        'Check the notice period in your lease, or plan the sale or letting of a home you own.',
        '查看租约中的提前通知期限；如为自有住房，请安排出售或出租事宜。',
      ),
    ),
    plainItem(
      'shipping-quotes',
      'moving',
      -75,
      bi('Get quotes from international movers', '向国际搬家公司询价'),
      bi(
        'Compare at least three quotes: volume, door-to-door or port-to-port, customs handling and insurance.',
        '至少比较三家报价：货物体积、门到门或港到港、清关服务及保险。',
      ),
    ),
    plainItem(
      'tax-residency',
      'tax',
      -60,
      bi('Work out where you will be tax resident', '确认税务居民身份'),
      bi(
        'Check when you stop being tax resident at home and when you become one at the destination. In China an individual is resident after 183 days in a calendar year; foreign-source income has a six-year rule counted from 2019.',
        '确认何时不再是原居住国的税务居民、何时成为目的地国家的税务居民。在中国，一个纳税年度内居住满183天即为居民个人；境外所得适用“六年规则”，年数自2019年起计算。',
      ),
    ),
    plainItem(
      'social-insurance',
      'finance',
      -60,
      bi('Check social insurance and any bilateral agreement', '了解社会保险及双边协定'),
      bi(
        'Foreign employees in China must join social insurance (since Oct 15, 2011). China has agreements with Germany, South Korea, Denmark, Canada, Finland, Switzerland, the Netherlands, France, Spain, Japan, Luxembourg and Serbia (as of 2023-12), each exempting different insurances, but only for employees seconded by an employer at home for a limited time: a local hire in China pays in full. There is no agreement with the US or the UK.',
        '自2011年10月15日起，在华就业的外国人须依法参加社会保险。截至2023年12月，中国已与德国、韩国、丹麦、加拿大、芬兰、瑞士、荷兰、法国、西班牙、日本、卢森堡和塞尔维亚签订社会保险协定，各协定免除的险种不尽相同，但仅适用于由本国雇主派遣、在限期内来华工作的人员：在中国当地受聘的人员须全额缴纳。中国与美国、英国之间没有此类协定。',
      ),
    ),
    plainItem(
      'shipping-book',
      'moving',
      -45,
      bi('Book the movers and the shipping date', '预订搬家公司并确定装运日期'),
      bi('Confirm dates in writing, and what is packed by whom.', '以书面形式确认日期以及各项物品由谁负责打包。'),
      ['shipping-quotes'],
    ),
    plainItem(
      'shipment-insurance',
      'insurance',
      -45,
      bi('Insure the shipment', '为托运货物投保'),
      bi('Check what the movers’ cover excludes, and insure valuables separately if needed.', '了解搬家公司保险的免责范围，必要时为贵重物品单独投保。'),
      ['shipping-book'],
    ),
    plainItem(
      'health-insurance',
      'insurance',
      -30,
      bi('Arrange health insurance from the day you leave', '安排从出发之日起生效的医疗保险'),
      bi(
        'Make sure there is no gap between your current cover and the cover at the destination, including the journey.',
        '确保现有保险与目的地保险之间（包括旅途期间）没有保障空档。',
      ),
    ),
    plainItem(
      'temporary-housing',
      'housing',
      -30,
      bi('Book somewhere to stay for the first weeks', '预订抵达后头几周的住处'),
      bi(
        'Temporary housing gives you time to find a home. Ask how registration with the local police works there.',
        '临时住处让你有时间寻找长期住房。请了解当地办理住宿登记的方式。',
      ),
    ),
    plainItem(
      'inventory',
      'moving',
      -30,
      bi('Make an inventory for customs and insurance', '为海关申报和保险编制物品清单'),
      bi('List what you ship, with values; keep a copy with you.', '列出托运物品及其价值，并随身保留一份副本。'),
      ['shipping-book'],
    ),
    plainItem(
      'bank-home',
      'finance',
      -30,
      bi('Prepare your home bank account for life abroad', '为旅居海外安排好国内银行账户'),
      bi(
        'Keep one account open, update your address, and check card fees abroad and how you will receive security codes.',
        '至少保留一个账户，更新联系地址，并了解境外用卡费用以及接收验证码的方式。',
      ),
    ),
    plainItem(
      'documents-copies',
      'documents',
      -7,
      bi('Scan important documents and carry the originals', '扫描重要证件并随身携带原件'),
      bi(
        'Passports, certificates, contracts and records: keep scans in the app and carry the originals in your hand luggage.',
        '护照、各类证明、合同和档案：将扫描件保存在本应用中，原件放在随身行李里。',
      ),
    ),
    plainItem(
      'phone',
      'communication',
      3,
      bi('Get a local phone number', '办理当地手机号码'),
      bi(
        'Many local services need a local number. Keep your old number active if your bank sends codes to it.',
        '许多本地服务需要当地手机号码。如银行向原号码发送验证码，请保留原号码。',
      ),
    ),
    plainItem(
      'bank-destination',
      'finance',
      14,
      bi('Open a bank account at the destination', '在目的地开立银行账户'),
      bi('Banks usually ask for your passport and residence documents; your salary will need an account.', '银行通常要求提供护照和居留证件；领取工资需要银行账户。'),
      ['phone'],
    ),
    plainItem(
      'home-search',
      'housing',
      30,
      bi('Find a long-term home', '寻找长期住房'),
      bi('Check the lease, deposit and who registers your address.', '仔细核对租约、押金以及由谁办理住址登记。'),
      ['temporary-housing'],
    ),
  ],
} satisfies ChecklistTemplate;
