import { beforeEach, describe, expect, it, vi } from 'vitest';

// A recorded fake of the parts of `electron` the menu touches: the template handed to Menu is kept as data.
const electron = vi.hoisted(() => {
  const sent: Array<[string, unknown]> = [];
  const window = { webContents: { send: vi.fn((channel: string, payload: unknown) => sent.push([channel, payload])) } };
  return {
    sent,
    window,
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    BrowserWindow: { getFocusedWindow: vi.fn(() => window) },
    app: { isPackaged: true, getVersion: () => '1.2.3', setAboutPanelOptions: vi.fn(), showAboutPanel: vi.fn() },
    shell: { openPath: vi.fn(async () => '') },
  };
});
vi.mock('electron', () => electron);

const { installAppMenu } = await import('../../../../electron/main/app-menu');
const { MENU_COMMAND_CHANNEL } = await import('../../../../shared/contract/channel');
const { createHandlers } = await import('../../../../electron/services/handlers/create-handlers');

interface BuiltItem {
  label?: string;
  role?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  submenu?: BuiltItem[];
  click?: () => void;
}

const currentTemplate = (): BuiltItem[] => {
  const calls = electron.Menu.setApplicationMenu.mock.calls;
  return (calls[calls.length - 1]![0] as unknown as { template: BuiltItem[] }).template;
};
const find = (template: BuiltItem[], label: string): BuiltItem => {
  for (const item of template) {
    if (item.label === label) return item;
    const inside = item.submenu ? find(item.submenu, label) : null;
    if (inside && inside.label === label) return inside;
  }
  return {};
};

beforeEach(() => {
  electron.sent.length = 0;
  electron.Menu.setApplicationMenu.mockClear();
  electron.app.showAboutPanel.mockClear();
  electron.shell.openPath.mockClear();
});

describe('the app menu in main', () => {
  it('starts in English and rebuilds in Chinese when the page reports it, only when it changes', () => {
    const menu = installAppMenu(() => null, () => '/data');
    expect(currentTemplate().map((item) => item.label)).toEqual(
      process.platform === 'darwin' ? ['Relocation Planner', 'File', 'Edit', 'View', 'Window', 'Help'] : ['File', 'Edit', 'View', 'Window', 'Help'],
    );
    expect(electron.app.setAboutPanelOptions).toHaveBeenLastCalledWith({ applicationName: 'Relocation Planner', applicationVersion: '1.2.3' });
    menu.setLanguage('zh-CN');
    expect(menu.language).toBe('zh-CN');
    expect(find(currentTemplate(), '文件').submenu?.map((item) => item.label).slice(0, 3)).toEqual(['新建工作机会', '新建清单事项', '记录学习时间']);
    expect(electron.app.setAboutPanelOptions).toHaveBeenLastCalledWith({ applicationName: '出国工作规划', applicationVersion: '1.2.3' });
    const builds = electron.Menu.setApplicationMenu.mock.calls.length;
    menu.setLanguage('zh-CN');
    expect(electron.Menu.setApplicationMenu.mock.calls.length).toBe(builds);
    menu.setLanguage('en');
    expect(find(currentTemplate(), 'File').label).toBe('File');
  });

  it('sends renderer commands to the focused window and runs About and the data folder in main', () => {
    installAppMenu(() => null, () => '/data/plan-a');
    const newOffer = find(currentTemplate(), 'New Offer');
    expect(newOffer.accelerator).toBe('CmdOrCtrl+N');
    // Shown, not registered: the page handles the key, so one press runs it once.
    expect(newOffer.registerAccelerator).toBe(false);
    newOffer.click?.();
    find(currentTemplate(), 'Visa & Documents').click?.();
    find(currentTemplate(), 'Undo').click?.();
    expect(electron.sent).toEqual([
      [MENU_COMMAND_CHANNEL, 'newOffer'],
      [MENU_COMMAND_CHANNEL, 'go.checklists'],
      [MENU_COMMAND_CHANNEL, 'undo'],
    ]);
    expect(find(currentTemplate(), 'Undo').registerAccelerator).toBeUndefined();
    find(currentTemplate(), 'Open Data Folder').click?.();
    expect(electron.shell.openPath).toHaveBeenCalledWith('/data/plan-a');
    find(currentTemplate(), 'About Relocation Planner').click?.();
    expect(electron.app.showAboutPanel).toHaveBeenCalledTimes(1);
    expect(electron.sent).toHaveLength(3);
  });

  it('falls back to the app window when no window has focus', () => {
    electron.BrowserWindow.getFocusedWindow.mockReturnValueOnce(null as never);
    const own = { webContents: { send: vi.fn() } };
    installAppMenu(() => own as never, () => '/data');
    find(currentTemplate(), 'Print…').click?.();
    expect(own.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'print');
  });

  it('hears the language through the setInterfaceLanguage operation', async () => {
    const menu = installAppMenu(() => null, () => '/data');
    const store = { status: { dataDir: '/data' }, getDocument: () => null, save: vi.fn(), flush: vi.fn(), reopen: vi.fn() };
    const handlers = createHandlers(store as never, {
      appVersion: '1',
      platform: 'linux',
      openPath: async () => '',
      chooseSavePath: async () => null,
      chooseFilesToOpen: async () => [],
      printToPdf: async () => new Uint8Array(),
      applyInterfaceLanguage: menu.setLanguage,
    });
    expect(await handlers.setInterfaceLanguage({ language: 'zh-CN' })).toEqual({ ok: true, value: { isApplied: true } });
    expect(menu.language).toBe('zh-CN');
    expect(find(currentTemplate(), '编辑').label).toBe('编辑');
  });
});
