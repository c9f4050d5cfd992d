import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { IPC_CHANNEL, MENU_COMMAND_CHANNEL, OPEN_TARGET_CHANNEL, type PlannerEvents } from '../../shared/contract/channel';
import type { OperationName, PlannerApi, PlannerFiles } from '../../shared/contract/operations';

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
  exportIcs: (request) => invoke('exportIcs', request),
  showNotification: (request) => invoke('showNotification', request),
  checkPlanFile: (request) => invoke('checkPlanFile', request),
  resolveExternalChange: (request) => invoke('resolveExternalChange', request),
  // Whole-plan export and import, several plans (issue 15).
  exportWholePlan: (request) => invoke('exportWholePlan', request),
  previewImport: (request) => invoke('previewImport', request),
  applyImport: (request) => invoke('applyImport', request),
  cancelImport: (request) => invoke('cancelImport', request),
  listPlans: (request) => invoke('listPlans', request),
  createPlan: (request) => invoke('createPlan', request),
  renamePlan: (request) => invoke('renamePlan', request),
  duplicatePlan: (request) => invoke('duplicatePlan', request),
  deletePlan: (request) => invoke('deletePlan', request),
  restorePlan: (request) => invoke('restorePlan', request),
  switchPlan: (request) => invoke('switchPlan', request),
  getLockState: (request) => invoke('getLockState', request),
  unlockPlan: (request) => invoke('unlockPlan', request),
  lockPlan: (request) => invoke('lockPlan', request),
  setPassphrase: (request) => invoke('setPassphrase', request),
  setLockAfter: (request) => invoke('setLockAfter', request),
  rememberKey: (request) => invoke('rememberKey', request),
  // Menu language (issue 14).
  setInterfaceLanguage: (request) => invoke('setInterfaceLanguage', request),
  // Light and dark (issue 14).
  setThemeSource: (request) => invoke('setThemeSource', request),
} satisfies PlannerApi;

type DroppedFile = Parameters<typeof webUtils.getPathForFile>[0];

// Dropped files: the paths come from the File objects, never from the page (a File it builds has none).
const plannerFiles = {
  attachDropped: (files) => {
    const paths = files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
    if (paths.length === 0) return Promise.resolve({ ok: true, value: { isChosen: false, attachments: [], failures: [] } });
    return invoke('attachDroppedFiles', { paths });
  },
} satisfies PlannerFiles<DroppedFile>;

// Pushed by main (a clicked notification); the page gets the payload only, never the event or its sender.
const plannerEvents = {
  onOpenTarget: (listener) => {
    const forward = (_event: unknown, target: unknown) => listener(target);
    ipcRenderer.on(OPEN_TARGET_CHANNEL, forward);
    return () => ipcRenderer.removeListener(OPEN_TARGET_CHANNEL, forward);
  },
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
} satisfies PlannerEvents;

contextBridge.exposeInMainWorld('planner', planner);
contextBridge.exposeInMainWorld('plannerEvents', plannerEvents);
contextBridge.exposeInMainWorld('plannerFiles', plannerFiles);
