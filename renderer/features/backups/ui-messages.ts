/** Texts of backups and restore (flat keys 'backups.*'); zh-CN has the same keys. */
import { messages as en } from './ui-messages.en';
import { messages as zhCN } from './ui-messages.zh-CN';

export const backupsUiMessages = {
  en,
  'zh-CN': zhCN,
};
