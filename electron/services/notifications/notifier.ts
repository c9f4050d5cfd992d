import { ok } from '../../../shared/contract/result';
import type { OpenTarget } from '../../../shared/contract/open-target';
import type { OperationHandlers } from '../ipc/dispatcher';

/** One notification as the operating system shows it; clicking it opens `target` in the app. */
export interface AppNotification {
  title: string;
  body: string;
  target: OpenTarget;
}

/**
 * The operating system's notifications, behind the smallest interface the handlers need: Electron's
 * Notification in the app (electron/main/electron-notifier.ts), a recording double in the end-to-end tests.
 */
export interface Notifier {
  isSupported(): boolean;
  show(notification: AppNotification): void;
}

/** Nothing is ever sent anywhere: the notification goes to this computer's notification centre only. */
export function createNotificationHandlers(notifier: Notifier | null): Pick<OperationHandlers, 'showNotification'> {
  return {
    showNotification: async (notification) => {
      if (!notifier || !notifier.isSupported()) return ok({ shown: false });
      notifier.show(notification);
      return ok({ shown: true });
    },
  };
}
