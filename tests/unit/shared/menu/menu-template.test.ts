import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, MENU_LABELS, menuLabelsFor, type MenuItemSpec } from '../../../../shared/menu';

type Item = Exclude<MenuItemSpec, { type: 'separator' }>;

const top = (template: MenuItemSpec[]) => template.map((item) => ('label' in item ? item.label : '-'));
const submenuOf = (template: MenuItemSpec[], label: string): MenuItemSpec[] => {
  const found = template.find((item) => 'label' in item && item.label === label);
  if (!found || !('submenu' in found)) throw new Error(`no submenu ${label}`);
  return found.submenu;
};
const items = (menu: MenuItemSpec[]) => menu.filter((item): item is Item => !('type' in item));
const byCommand = (template: MenuItemSpec[], command: string) =>
  template.flatMap((item) => ('submenu' in item ? items(item.submenu) : [])).filter((item) => 'command' in item && item.command === command);

describe('native menu template', () => {
  it('has File, Edit, View, Window and Help outside macOS, in English and in Chinese', () => {
    expect(top(buildMenuTemplate(MENU_LABELS.en, { isMac: false, isDevelopment: false }))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(top(buildMenuTemplate(MENU_LABELS['zh-CN'], { isMac: false, isDevelopment: false }))).toEqual(['文件', '编辑', '显示', '窗口', '帮助']);
  });

  it('puts the app menu first on macOS, named after the app in the interface language', () => {
    const en = buildMenuTemplate(MENU_LABELS.en, { isMac: true, isDevelopment: false });
    expect(top(en)).toEqual(['Relocation Planner', 'File', 'Edit', 'View', 'Window', 'Help']);
    const zh = buildMenuTemplate(MENU_LABELS['zh-CN'], { isMac: true, isDevelopment: false });
    expect(top(zh)[0]).toBe('出国工作规划');
    const appMenu = items(submenuOf(zh, '出国工作规划'));
    expect(appMenu.map((item) => item.label)).toEqual(['关于出国工作规划', '设置…', '服务', '隐藏出国工作规划', '隐藏其他', '全部显示', '退出出国工作规划']);
    // About lives in the app menu on macOS, in Help elsewhere; exactly once either way.
    expect(byCommand(en, 'about')).toHaveLength(1);
    expect(items(submenuOf(en, 'Help')).some((item) => 'command' in item && item.command === 'about')).toBe(false);
    const other = buildMenuTemplate(MENU_LABELS.en, { isMac: false, isDevelopment: false });
    expect(items(submenuOf(other, 'Help')).some((item) => 'command' in item && item.command === 'about')).toBe(true);
  });

  it('shows the app commands with their shortcuts, which the page handles itself', () => {
    const template = buildMenuTemplate(MENU_LABELS.en, { isMac: false, isDevelopment: false });
    const file = items(submenuOf(template, 'File'));
    const shown = file.flatMap((item) => ('command' in item ? [[item.label, item.accelerator ?? '', item.registerAccelerator ?? true]] : []));
    expect(shown).toEqual([
      ['New Offer', 'CmdOrCtrl+N', false],
      ['New Checklist Item', 'CmdOrCtrl+Shift+N', false],
      ['Log Study Time', 'CmdOrCtrl+L', false],
      ['Print…', 'CmdOrCtrl+P', false],
      ['Export Whole Plan…', 'CmdOrCtrl+Shift+E', false],
      ['Open Data Folder', '', true],
      ['Settings…', 'CmdOrCtrl+,', false],
    ]);
    const view = items(submenuOf(template, 'View')).filter((item) => 'command' in item);
    expect(view.map((item) => ['command' in item ? item.command : '', 'accelerator' in item ? item.accelerator : ''])).toEqual([
      ['go.overview', 'CmdOrCtrl+1'],
      ['go.timeline', 'CmdOrCtrl+2'],
      ['go.offers', 'CmdOrCtrl+3'],
      ['go.checklists', 'CmdOrCtrl+4'],
      ['go.residency', 'CmdOrCtrl+5'],
      ['go.language', 'CmdOrCtrl+6'],
    ]);
    // Search from both Ctrl+K and Ctrl+F.
    expect(byCommand(template, 'search').flatMap((item) => ('accelerator' in item && item.accelerator ? [item.accelerator] : []))).toEqual(['CmdOrCtrl+K', 'CmdOrCtrl+F']);
  });

  it('keeps undo and redo registered (a text field\'s own undo runs from the menu), with the platform\'s redo key', () => {
    const mac = items(submenuOf(buildMenuTemplate(MENU_LABELS.en, { isMac: true, isDevelopment: false }), 'Edit'));
    const linux = items(submenuOf(buildMenuTemplate(MENU_LABELS['zh-CN'], { isMac: false, isDevelopment: false }), '编辑'));
    expect(mac.slice(0, 2)).toEqual([
      { label: 'Undo', command: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: 'Redo', command: 'redo', accelerator: 'Shift+Cmd+Z' },
    ]);
    expect(linux.slice(0, 2)).toEqual([
      { label: '撤销', command: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { label: '重做', command: 'redo', accelerator: 'Ctrl+Y' },
    ]);
    expect(linux.slice(2, 6).map((item) => ('role' in item ? [item.role, item.label] : []))).toEqual([
      ['cut', '剪切'],
      ['copy', '拷贝'],
      ['paste', '粘贴'],
      ['selectAll', '全选'],
    ]);
  });

  it('gives every item a label in the interface language, and developer tools only in development', () => {
    const labelsOf = (template: MenuItemSpec[]): string[] =>
      template.flatMap((item) => ('label' in item ? [item.label, ...('submenu' in item ? labelsOf(item.submenu) : [])] : []));
    const english = new Set(labelsOf(buildMenuTemplate(MENU_LABELS.en, { isMac: true, isDevelopment: true })));
    for (const label of labelsOf(buildMenuTemplate(MENU_LABELS['zh-CN'], { isMac: true, isDevelopment: true }))) {
      expect(label.trim()).not.toBe('');
      // No English left over in the Chinese menu (every label is translated).
      expect(english.has(label), label).toBe(false);
    }
    const roles = (template: MenuItemSpec[]): string[] =>
      template.flatMap((item) => [...('role' in item && item.role ? [item.role] : []), ...('submenu' in item ? roles(item.submenu) : [])]);
    expect(roles(buildMenuTemplate(MENU_LABELS.en, { isMac: false, isDevelopment: true }))).toContain('toggleDevTools');
    expect(roles(buildMenuTemplate(MENU_LABELS.en, { isMac: false, isDevelopment: false }))).not.toContain('toggleDevTools');
    // No Reload anywhere: it would drop an edit still waiting for its save.
    expect(roles(buildMenuTemplate(MENU_LABELS.en, { isMac: true, isDevelopment: true })).filter((role) => /reload/i.test(role))).toEqual([]);
  });

  it('picks English for any language it does not know', () => {
    expect(menuLabelsFor('zh-CN').file).toBe('文件');
    expect(menuLabelsFor('fr').file).toBe('File');
  });
});
