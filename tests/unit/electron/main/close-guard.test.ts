import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlushOutcome } from '../../../../shared/contract/flush';

// A recorded fake of the parts of `electron` these modules touch.
const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return {
    app: Object.assign(new Emitter(), { quit: vi.fn() }),
    dialog: { showMessageBox: vi.fn() },
    BrowserWindow: { getAllWindows: vi.fn(() => []) },
  };
});
vi.mock('electron', () => electron);

const { guardWindowClose } = await import('../../../../electron/main/close-guard');
const { flushBeforeQuit, trackQuitting } = await import('../../../../electron/main/app-lifecycle');

const prompt = { message: 'm', detail: 'd', retry: 'Try again', closeAnyway: 'Close without saving' };

function fakeWindow(answers: Array<() => Promise<FlushOutcome | null>>) {
  const window = Object.assign(new EventEmitter(), {
    close: vi.fn(),
    webContents: { executeJavaScript: vi.fn(() => (answers.shift() ?? (() => Promise.resolve({ isSaved: true, prompt })))()) },
  });
  const forgeClose = () => {
    const event = { preventDefault: vi.fn() };
    window.emit('close', event);
    return event;
  };
  return { window, forgeClose };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  electron.app.quit.mockClear();
  electron.dialog.showMessageBox.mockReset();
  electron.app.removeAllListeners();
});

describe('close guard', () => {
  it('waits for pending saves, then closes', async () => {
    let release!: (outcome: FlushOutcome) => void;
    const { window, forgeClose } = fakeWindow([() => new Promise((resolve) => (release = resolve))]);
    const flushStore = vi.fn(async () => undefined);
    guardWindowClose(window as never, { flushStore, isQuitting: () => false });
    expect(forgeClose().preventDefault).toHaveBeenCalled();
    await settle();
    expect(window.close).not.toHaveBeenCalled();
    release({ isSaved: true, prompt });
    await settle();
    expect(flushStore).toHaveBeenCalled();
    expect(window.close).toHaveBeenCalledTimes(1);
    // The close it starts itself goes through.
    expect(forgeClose().preventDefault).not.toHaveBeenCalled();
  });

  it('after a failed save asks: try again (default) or close without saving', async () => {
    const failed = () => Promise.resolve({ isSaved: false, prompt });
    const { window, forgeClose } = fakeWindow([failed, failed]);
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 }).mockResolvedValueOnce({ response: 1 });
    guardWindowClose(window as never, { flushStore: async () => undefined, isQuitting: () => false });
    forgeClose();
    await settle();
    await settle();
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(electron.dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({ buttons: ['Try again', 'Close without saving'], defaultId: 0, cancelId: 0 });
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(2);
    expect(window.close).toHaveBeenCalledTimes(1);
  });

  it('text on screen that is not saved: asks with Go back as the default, and Go back keeps the window', async () => {
    const unsavedOnScreen = { names: ['Birth year'], message: '1 field', detail: 'Birth year', goBack: 'Go back', closeAnyway: 'Close and lose it' };
    const { window, forgeClose } = fakeWindow([() => Promise.resolve({ isSaved: true, prompt, unsavedOnScreen })]);
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    guardWindowClose(window as never, { flushStore: async () => undefined, isQuitting: () => false });
    forgeClose();
    await settle();
    expect(electron.dialog.showMessageBox.mock.calls[0]![1]).toMatchObject({ buttons: ['Go back', 'Close and lose it'], defaultId: 0, cancelId: 0 });
    expect(window.close).not.toHaveBeenCalled();
  });

  it('a renderer that does not answer within 5 s does not keep the window open forever', async () => {
    const { window, forgeClose } = fakeWindow([() => new Promise(() => undefined)]);
    guardWindowClose(window as never, { flushStore: async () => undefined, isQuitting: () => false });
    forgeClose();
    await vi.advanceTimersByTimeAsync(4999);
    expect(window.close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(window.close).toHaveBeenCalledTimes(1);
  });

  it('quitting on macOS resumes the quit after the close flushed, instead of only closing the window', async () => {
    const { window, forgeClose } = fakeWindow([]);
    const isQuitting = trackQuitting();
    electron.app.emit('before-quit', { preventDefault: vi.fn() });
    guardWindowClose(window as never, { flushStore: async () => undefined, isQuitting });
    forgeClose();
    await settle();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(window.close).not.toHaveBeenCalled();
  });
});

describe('app lifecycle', () => {
  it('holds a quit until queued writes are on disk', async () => {
    let pending = true;
    let finish!: () => void;
    flushBeforeQuit({ hasPendingWrites: () => pending, flush: () => new Promise<void>((resolve) => (finish = resolve)) });
    const event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.app.quit).not.toHaveBeenCalled();
    pending = false;
    finish();
    await settle();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    const second = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
