import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../../shared/contract/channel';
import type { OperationName, PlannerApi } from '../../shared/contract/operations';

// Named functions only: the page never gets ipcRenderer or any way to pick a channel.
const invoke = (operation: OperationName, request: unknown) => ipcRenderer.invoke(IPC_CHANNEL, operation, request);

const planner = {
  loadPlan: (request) => invoke('loadPlan', request),
  savePlan: (request) => invoke('savePlan', request),
  getAppInfo: (request) => invoke('getAppInfo', request),
  openDataFolder: (request) => invoke('openDataFolder', request),
  attachFiles: (request) => invoke('attachFiles', request),
  openAttachment: (request) => invoke('openAttachment', request),
  removeAttachments: (request) => invoke('removeAttachments', request),
  savePdf: (request) => invoke('savePdf', request),
  exportCsv: (request) => invoke('exportCsv', request),
  listBackups: (request) => invoke('listBackups', request),
  restoreBackup: (request) => invoke('restoreBackup', request),
} satisfies PlannerApi;

contextBridge.exposeInMainWorld('planner', planner);
