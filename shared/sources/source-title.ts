/**
 * Chinese titles for the built-in sources (templates, language frameworks, the residency rules). Keyed by
 * the English title, so a checklist made before this (its sources copied into the plan with only the
 * English title) is shown in Chinese too: a read-time lookup, no file rewritten. A source whose original is
 * Chinese carries its own title; the others a translated description.
 */
const TITLES_ZH = new Map<string, string>([
  ["Foreigner's Work Permit service guide (national, in force Apr 1, 2017)", "《外国人来华工作许可服务指南（暂行）》（全国，2017年4月1日起施行）"],
  ["Exit and Entry Administration Law of the PRC, arts. 30, 32, 33, 38, 39, 41, 76, 78 (in force Jul 1, 2013)", "《中华人民共和国出境入境管理法》第三十、三十二、三十三、三十八、三十九、四十一、七十六、七十八条（2013年7月1日起施行）"],
  ["Foreigner work-permit classification standard (trial): routes to A and B without points (summary at http://zssvisa.cn/chanpinlanmu/247.html)", "《外国人来华工作分类标准（试行）》：无需计分即可认定为A类、B类的情形（摘要见 http://zssvisa.cn/chanpinlanmu/247.html）"],
  ["MOHRSS: bilateral social-security agreements (exemptions apply to seconded employees; none with the US or the UK)", "人力资源社会保障部：双边社会保障协定（免缴适用于派遣人员；与美国、英国均未签订）"],
  ["NIA announcement on the 240-hour visa-free transit (work still needs a visa), reported by en.people.cn", "国家移民管理局关于240小时过境免签的公告（工作仍需办理签证），人民网英文版报道"],
  ["NIA: the new-style foreign permanent residence ID card, issued from Dec 1, 2023 (Xinhua)", "国家移民管理局：自2023年12月1日起签发新版外国人永久居留身份证（新华社）"],
  ["Permanent residence measures (2004): 3 months a year, or 1 year in 5 with approval (china.org.cn services guide)", "《外国人在中国永久居留审批管理办法》（2004年）：每年在华居留满3个月，或经批准5年内累计满1年（中国网服务指南）"],
  ["BAL: Shanghai measures from Jul 1, 2015, \"Talent\" residence permit holders after 3 years of work may apply for permanent residence", "BAL：上海自2015年7月1日起的措施，持“人才”类居留许可连续工作满3年可申请永久居留"],
  ["Shanghai Overseas Talent Residence Permit measures (Hu Fu Gui [2025] 3), Jul 1, 2025 to Jun 30, 2030 (Fragomen)", "《上海市海外人才居住证管理办法》（沪府规〔2025〕3号），2025年7月1日至2030年6月30日（Fragomen）"],
  ["Chinese consular service FAQ (visa documents)", "中国领事服务网常见问题（签证材料）"],
  ["zssvisa.cn: work-permit card, criminal-record certificate, degree", "zssvisa.cn：工作许可证、无犯罪记录证明、学历"],
  ["Changchun Science and Technology Bureau: work-permit review times", "长春市科学技术局：工作许可审批时限"],
  ["sanwenwang.com: health certificate validity", "sanwenwang.com：体检证明有效期"],
  ["MFA notice: China joins the Apostille Convention (in force Nov 7, 2023)", "外交部公告：中国加入《取消外国公文书认证要求的公约》（2023年11月7日生效）"],
  ["Work-permit points table (trial), jlc.hyit.edu.cn", "外国人来华工作许可计分表（试行），jlc.hyit.edu.cn"],
  ["Work-permit categories and thresholds, vistra.com", "工作许可类别与门槛，vistra.com"],
  ["\"Interim\" points table (conflicting), smebrother.com", "“暂行”计分表（与其他来源不一致），smebrother.com"],
  ["Beijing implementation measures for high-level foreign talent (R visa)", "北京市外国高端人才（R字签证）实施办法"],
  ["stdaily.com: R visa for high-level foreign talent", "科技日报：外国高端人才R字签证"],
  ["State Council Order No. 814 (K visa), in force Oct 1, 2025", "国务院令第814号（K字签证），2025年10月1日起施行"],
  ["Joint ministry answers on the K visa (as reported)", "有关部门就K字签证答问（据报道）"],
  ["en.people.cn: K visa takes effect", "人民网英文版：K字签证正式实施"],
  ["Measures for the Administration of Examination and Approval of Foreigners’ Permanent Residence (2004)", "《外国人在中国永久居留审批管理办法》（2004年）"],
  ["Beijing Exit-Entry: permanent residence, salary route", "北京出入境：永久居留（工资收入途径）"],
  ["Shanghai permanent residence, salary route (2015 sources)", "上海永久居留（工资收入途径，2015年资料）"],
  ["MOF/STA Announcements 2023 No. 29 and No. 30 (individual income tax)", "财政部 税务总局公告2023年第29号、第30号（个人所得税）"],
  ["PwC Worldwide Tax Summaries: China, individual", "普华永道《全球税务摘要》：中国（个人）"],
  ["CSCSE notice on the 2019 authentication system (repost, Wuhan Univ. of Technology) (at http://sie.whut.edu.cn/jxgz/xzzq/hnd/201906/t20190621_666705.shtml)", "教育部留学服务中心关于2019年认证系统的通知（武汉理工大学转载）（见 http://sie.whut.edu.cn/jxgz/xzzq/hnd/201906/t20190621_666705.shtml）"],
  ["Workers' Daily: CSCSE processing times (US degrees within 10 working days)", "《工人日报》：留学服务中心认证办理时间（美国学位10个工作日内）"],
  ["MoE announcement: the returned-student certificate is abolished from Nov 1, 2020 (repost) (at http://heegantimes.com/html/shanghai/lxs/164451.html)", "教育部公告：自2020年11月1日起取消《留学回国人员证明》（转载）（见 http://heegantimes.com/html/shanghai/lxs/164451.html）"],
  ["Shanghai HRSS rules for returned overseas students applying for Shanghai hukou (Hu Ren She Gui [2020] 25)", "上海市人力资源社会保障局：留学回国人员申办上海常住户口的规定（沪人社规〔2020〕25号）"],
  ["University World News: Shanghai hukou for top-ranked graduates (2022-23 scheme)", "《大学世界新闻》：世界排名前列高校毕业生落户上海（2022-23年政策）"],
  ["chinajob.com: Beijing measures for returnees (2025)", "中国国际人才网：北京留学回国人员措施（2025年）"],
  ["Duty-free domestic car for returned students: customs notice (2007) and 2020 reports", "留学回国人员免税购买国产汽车：海关公告（2007年）及2020年报道"],
  ["Liyang government: settling back as an overseas Chinese (hukou restored)", "溧阳市政府：华侨回国定居（恢复户口）"],
  ["Individual Income Tax Law art. 4(1): exempt awards (repost of the law text) (at http://swxa.cn/grsszcgjj/20240828/2f692cb974b547acb809adeb676f528c.html)", "《个人所得税法》第四条第一项：免税奖金（法律文本转载）（见 http://swxa.cn/grsszcgjj/20240828/2f692cb974b547acb809adeb676f528c.html）"],
  ["Cai Shui [2019] 31, extended by Cai Shui [2023] 34: Greater Bay Area 15% individual income tax subsidy, to Dec 31, 2027", "财税〔2019〕31号，经财税〔2023〕34号延续：粤港澳大湾区个人所得税超过15%部分的财政补贴，执行至2027年12月31日"],
  ["STA Q&A: people who return after study or work abroad are domiciled in China", "国家税务总局答问：出国学习或工作后回国的人员在中国境内有住所"],
  ["MOF/STA Announcement 2020 No. 3: income from outside China, filed 1 March - 30 June", "财政部 税务总局公告2020年第3号：境外所得，于次年3月1日至6月30日申报"],
  ["China Taxation 2020(07): foreign-source equity income has no specific splitting rule", "《中国税务》2020年第7期：境外股权所得没有专门的划分规则"],
  ["Social Insurance Law art. 16 and the 2024 NPCSC decision on retirement ages (minimum rising to 20 years from 2030)", "《社会保险法》第十六条及2024年全国人大常委会关于延迟法定退休年龄的决定（最低缴费年限自2030年起逐步提高至20年）"],
  ["MOHRSS Order No. 16: social insurance for foreigners employed in China (in force Oct 15, 2011)", "人力资源社会保障部令第16号：在中国境内就业的外国人参加社会保险（2011年10月15日起施行）"],
  ["USCIS: Form I-407, Record of Abandonment of Lawful Permanent Resident Status", "美国公民及移民服务局：I-407表（放弃合法永久居民身份记录）"],
  ["US Embassy Phnom Penh: maintaining permanent resident status (12 months; reentry permit up to 2 years)", "美国驻金边大使馆：保持永久居民身份（12个月；回美证最长2年）"],
  ["Form 8854 instructions (as quoted) and Rev. Proc. 2024-40: long-term residents and covered-expatriate tests", "8854表说明（引述）及 Rev. Proc. 2024-40：长期居民与“受管辖的放弃国籍者”测试"],
  ["IRS VITA: dual-status return (Form 1040-NR with a Form 1040 statement) (at http://apps.irs.gov/app/vita/content/0603/0603_01_017.jsp)", "美国国税局 VITA：双重身份报税（1040-NR表附1040表声明）（见 http://apps.irs.gov/app/vita/content/0603/0603_01_017.jsp）"],
  ["IRS: departing alien clearance (sailing permit), Forms 1040-C and 2063", "美国国税局：外国人离境清税（离境许可），1040-C表和2063表"],
  ["IRS Topic 558: additional tax on early distributions from retirement plans (archive) (at http://music.unclefed.com/TaxHelpArchives/1998/irs-tt/tc558.html)", "美国国税局专题558：退休计划提前支取的附加税（存档）（见 http://music.unclefed.com/TaxHelpArchives/1998/irs-tt/tc558.html）"],
  ["SSA POMS: US totalization agreements in force (China is not one)", "美国社会保障局 POMS：已生效的美国社会保障协定（中国不在其中）"],
  ["Chinese Testing International: HSK test introduction (HSK levels 1-6)", "汉考国际：HSK考试介绍（HSK一至六级）"],
  ["GF 0025-2021 International Chinese Language Education Chinese Proficiency Grading Standards (国际中文教育中文水平等级标准), Ministry of Education and State Language Commission", "《国际中文教育中文水平等级标准》（GF 0025-2021），教育部、国家语言文字工作委员会"],
  ["Reports of the new HSK 3.0 exam syllabus (first pilot test Jan 31, 2026); they disagree with GF 0025-2021", "关于HSK 3.0新考试大纲的报道（首次试点考试2026年1月31日），与GF 0025-2021不一致"],
  ["Council of Europe: Common European Framework of Reference for Languages, Companion Volume", "欧洲委员会：《欧洲语言共同参考框架》补充卷"],
  ["Xinhua, via referchina.com: HSK 3.0 pilot on Jan 31, 2026 (Center for Language Education and Cooperation)", "新华社（经 referchina.com）：HSK 3.0于2026年1月31日试点（教育部中外语言交流合作中心）"],
  ["Chinese Test Service: HSK 3.0 pilot registration (opened Dec 19, 2025)", "中文考试服务网：HSK 3.0试点考试报名（2025年12月19日开放）"],
  ["Individual Income Tax Law of the PRC, art. 1 (183 days in a calendar year)", "《中华人民共和国个人所得税法》第一条（一个纳税年度内在中国境内居住累计满183天）"],
  ["MOF/STA Announcement 2019 No. 34: days of residence (24 hours), the six-year rule and its 30-day absence", "财政部 税务总局公告2019年第34号：居住天数（满24小时计一天）、六年规则及单次离境30天"],
  ["STA Q&A: people who come back after study or work abroad are domiciled in China", "国家税务总局答问：出国学习或工作后回来的人员在中国境内有住所"],
  ["IRS Publication 54 and 26 U.S.C. 911(d): physical-presence test, 330 full days in 12 consecutive months", "美国国税局第54号出版物及《美国法典》第26编第911(d)条：实际居留测试，连续12个月内满330个整天"],]);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Older plans stored titles with ISO dates ("in force 2017-04-01"); read them as the titles are now written. */
function withEnglishDates(title: string): string {
  return title.replace(/(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])/g, (whole, y: string, m: string, d: string) => {
    const month = MONTHS[Number(m) - 1];
    return month ? `${month} ${Number(d)}, ${y}` : whole;
  });
}

/** A source's title in the interface language: its own Chinese title, the built-in one, or the English. */
export function sourceTitle(source: { title: string; titleZh?: string }, locale: string): string {
  const english = withEnglishDates(source.title);
  if (locale !== 'zh-CN') return english;
  return source.titleZh ?? TITLES_ZH.get(english) ?? english;
}

/** Whether a built-in source has a Chinese title (for the test that every built-in one does). */
export function hasChineseTitle(title: string): boolean {
  return TITLES_ZH.has(withEnglishDates(title));
}
