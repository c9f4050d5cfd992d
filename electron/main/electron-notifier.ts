import { Notification, type BrowserWindow } from 'electron';
import { OPEN_TARGET_CHANNEL } from '../../shared/contract/channel';
import type { AppNotification, Notifier } from '../services/notifications/notifier';

/**
 * Electron's Notification. A click brings the window to the front and tells the renderer what to open.
 * Shown notifications are kept referenced until closed: a garbage-collected one loses its click handler.
 */
export function createElectronNotifier(getWindow: () => BrowserWindow | null): Notifier {
  const live = new Set<Notification>();
  return {
    isSupported: () => Notification.isSupported(),
    show: ({ title, body, target }: AppNotification) => {
      const notification = new Notification({ title, body, silent: false });
      live.add(notification);
      notification.on('click', () => {
        const window = getWindow();
        if (window) {
          if (window.isMinimized()) window.restore();
          window.show();
          window.focus();
          window.webContents.send(OPEN_TARGET_CHANNEL, target);
        }
        live.delete(notification);
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}
