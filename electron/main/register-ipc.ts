import { ipcMain } from 'electron';
import { IPC_CHANNEL } from '../../shared/contract/operations';
import type { Dispatch } from '../services/ipc/dispatcher';

/** One channel; the dispatcher checks the sender frame and parses the payload. */
export function registerIpc(dispatch: Dispatch): void {
  ipcMain.handle(IPC_CHANNEL, (event, operation: unknown, payload: unknown) =>
    dispatch(
      {
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        url: event.senderFrame?.url ?? '',
      },
      operation,
      payload,
    ),
  );
}
