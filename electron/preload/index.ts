import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, OPEN_TARGET_CHANNEL, type PlannerEvents } from '../../shared/contract/channel';
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
  exportIcs: (request) => invoke('exportIcs', request),
  showNotification: (request) => invoke('showNotification', request),
} satisfies PlannerApi;

// Pushed by main (a clicked notification); the page gets the payload only, never the event or its sender.
const plannerEvents = {
  onOpenTarget: (listener) => {
    const forward = (_event: unknown, target: unknown) => listener(target);
    ipcRenderer.on(OPEN_TARGET_CHANNEL, forward);
    return () => ipcRenderer.removeListener(OPEN_TARGET_CHANNEL, forward);
  },
} satisfies PlannerEvents;

contextBridge.exposeInMainWorld('planner', planner);
contextBridge.exposeInMainWorld('plannerEvents', plannerEvents);
