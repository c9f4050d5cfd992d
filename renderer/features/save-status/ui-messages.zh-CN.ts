import type { SameKeys } from '../../../shared/i18n/same-keys';
import type { messages as en } from './ui-messages.en';

/** 简体中文 texts of ui-messages.ts; typed against the English module so both have exactly the same keys. */
export const messages = {
  'saveLine.saved': '已全部保存',
  'saveLine.saving': '正在保存…',
  'saveLine.failed': '未保存：{{reason}}',
  'saveLine.failedRetrying': '未保存：{{reason}}，{{seconds}} 秒后重试',
  'saveLine.reason.disk-full': '磁盘已满',
  'saveLine.reason.read-only': '磁盘为只读',
  'saveLine.reason.no-permission': '没有写入数据文件夹的权限',
  'saveLine.reason.busy': '文件正被其他程序使用',
  'saveLine.reason.other': '无法写入文件',
  'saveLine.readOnly': '只读：更改不会被保存',
  'saveLine.externalChange': '未保存：plan.json 已被其他程序修改',
  'saveLine.retryNow': '重试',
  'error.external-change': 'plan.json 已被其他程序修改',
  'error.read-only': '无法写入数据文件夹',
  'readOnly.title': '你的计划以只读方式打开',
  'readOnly.body':
    '无法写入数据文件夹，因此在这里做的任何更改都不会被保存。你可以查看、打印和导出计划。请让该文件夹可写（或使用 --data-dir=路径 在其他磁盘上启动应用），然后重新启动。',
  'externalChange.title': 'plan.json 已被其他程序修改',
  'externalChange.body':
    '在本应用上次读取或保存之后，有其他程序（同步客户端，或另一台电脑上的本应用）写入了你的计划文件。它没有被覆盖。你要保留哪个版本？',
  'externalChange.loadDisk': '载入磁盘上的文件',
  'externalChange.keepMine': '保留当前版本',
  'externalChange.note': '载入会替换你看到的内容（撤销可恢复当前版本）。保留当前版本会先把另一个文件另存为 plan.json 旁边的副本。',
  'externalChange.kept': '已保留当前版本。另一个版本已保存为 {{file}}。',
  'externalChange.failed': '操作未成功：{{reason}}',
  'recovery.too-large': '该文件比任何计划都大（超过 50 MB），因此没有读取。',
  'recovery.untouched': '该文件既没有被修改也没有被复制，保持原样。',
} as const satisfies SameKeys<typeof en>;
