import { beforeEach, describe, expect, it, vi } from 'vitest';

// A recorded fake of Electron's Notification: every instance built is kept, with its listeners.
const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  class FakeNotification extends EventEmitter {
    static supported = true;
    static built: FakeNotification[] = [];
    static isSupported = () => FakeNotification.supported;
    readonly show = vi.fn();
    constructor(readonly options: { title: string; body: string; silent: boolean }) {
      super();
      FakeNotification.built.push(this);
    }
  }
  return { Notification: FakeNotification };
});
vi.mock('electron', () => electron);

const { createElectronNotifier } = await import('../../../../electron/main/electron-notifier');
const { OPEN_TARGET_CHANNEL } = await import('../../../../shared/contract/channel');

function fakeWindow(isMinimized: boolean) {
  return { isMinimized: vi.fn(() => isMinimized), restore: vi.fn(), show: vi.fn(), focus: vi.fn(), webContents: { send: vi.fn() } };
}

const target = { section: 'checklists', checklistId: 'c1', itemId: 'i1' } as const;

beforeEach(() => {
  electron.Notification.built = [];
  electron.Notification.supported = true;
});

describe('the Electron notifier', () => {
  it('shows the notification with its title and body', () => {
    const notifier = createElectronNotifier(() => null);
    notifier.show({ title: 'Due tomorrow', body: 'Passport copy', target });
    const [shown] = electron.Notification.built;
    expect(shown?.options).toEqual({ title: 'Due tomorrow', body: 'Passport copy', silent: false });
    expect(shown?.show).toHaveBeenCalledTimes(1);
  });

  it('a click restores a minimized window, brings it up and tells the page what to open', () => {
    const window = fakeWindow(true);
    const notifier = createElectronNotifier(() => window as never);
    notifier.show({ title: 't', body: 'b', target });
    electron.Notification.built[0]!.emit('click');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
    expect(window.webContents.send).toHaveBeenCalledWith(OPEN_TARGET_CHANNEL, target);
  });

  it('a click on a window that is not minimized does not restore it; with no window it does nothing', () => {
    const window = fakeWindow(false);
    createElectronNotifier(() => window as never).show({ title: 't', body: 'b', target });
    electron.Notification.built[0]!.emit('click');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledTimes(1);

    createElectronNotifier(() => null).show({ title: 't', body: 'b', target });
    expect(() => electron.Notification.built[1]!.emit('click')).not.toThrow();
  });

  it('reports whether the system can show notifications', () => {
    const notifier = createElectronNotifier(() => null);
    expect(notifier.isSupported()).toBe(true);
    electron.Notification.supported = false;
    expect(notifier.isSupported()).toBe(false);
  });
});
