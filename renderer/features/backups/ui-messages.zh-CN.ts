import type { SameKeys } from '../../../shared/i18n/same-keys';
import type { messages as en } from './ui-messages.en';

/** 简体中文 texts of ui-messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
  'backups.title': '备份',
  'backups.intro': '应用在启动时以及你工作期间每 15 分钟为计划保存一份快照：当天的全部保留，两周内每天一份，三个月内每周一份，之后每月一份。恢复前会先把当前计划另存为快照，且恢复可以撤销。',
  'backups.empty': '还没有备份。下次带着计划启动应用时会生成第一份。',
  'backups.loading': '正在读取备份文件夹…',
  'backups.summary': '{{offers}} · {{checklists}} · {{goals}} · {{studyDays}}',
  'backups.offers_one': '1 个工作机会',
  'backups.offers_other': '{{count}} 个工作机会',
  'backups.checklists_one': '1 个清单',
  'backups.checklists_other': '{{count}} 个清单',
  'backups.goals_one': '1 个语言目标',
  'backups.goals_other': '{{count}} 个语言目标',
  'backups.studyDays_one': '1 个学习日',
  'backups.studyDays_other': '{{count}} 个学习日',
  'backups.futureDated': '日期在未来（生成时系统时钟被调快了）',
  'backups.restore': '恢复',
  'backups.restored': '已恢复 {{date}} 的备份。原来的计划已另存为一份新快照。',
  'backups.restoreFailed': '未能恢复备份：{{reason}}',
  'backups.listFailed': '无法读取备份文件夹：{{reason}}',
  'backups.taken': '时间',
  'backups.contents': '内容',
  'recovery.restoreNewest': '你最新的完好备份来自 {{date}}：{{summary}}。',
  'recovery.restoreButton': '恢复这份备份',
  'recovery.restoreNote': '损坏的文件保留为上面所示的副本；备份将取代它，应用会重新开始保存。',
  'missingPlan.title': '未找到 plan.json',
  'missingPlan.body': '数据文件夹中没有 plan.json，但有备份。最新的完好备份来自 {{date}}：{{summary}}。',
  'missingPlan.restore': '恢复它',
  'missingPlan.startEmpty': '从空白计划开始',
} as const satisfies SameKeys<typeof en>;
