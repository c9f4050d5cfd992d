import type { MenuSection } from './commands';

/** Every word the native menu shows. Main picks the set for the interface language the page reports. */
export interface MenuLabels {
  appName: string;
  /** A whole-plan export: the default file name when the plan has none, and the save/open dialogs' file type. */
  planFile: string;
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  newOffer: string;
  newChecklistItem: string;
  logStudyTime: string;
  print: string;
  exportPlan: string;
  openDataFolder: string;
  settings: string;
  close: string;
  quit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  search: string;
  find: string;
  sections: Record<MenuSection, string>;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  toggleDevTools: string;
  minimize: string;
  zoom: string;
  front: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
}

export type MenuLanguage = 'en' | 'zh-CN';

// Section names match the sidebar's (renderer/i18n: nav.*), so the menu and the screen say the same thing.
export const MENU_LABELS: Record<MenuLanguage, MenuLabels> = {
  en: {
    appName: 'Relocation Planner',
    planFile: 'Relocation plan',
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    newOffer: 'New Offer',
    newChecklistItem: 'New Checklist Item',
    logStudyTime: 'Log Study Time',
    print: 'Print…',
    exportPlan: 'Export Whole Plan…',
    openDataFolder: 'Open Data Folder',
    settings: 'Settings…',
    close: 'Close Window',
    quit: 'Quit Relocation Planner',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    search: 'Search the Plan…',
    find: 'Find…',
    sections: {
      overview: 'Overview',
      timeline: 'Timeline',
      offers: 'Offers',
      checklists: 'Visa & Documents',
      residency: 'Days in China',
      language: 'Language',
    },
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Toggle Full Screen',
    toggleDevTools: 'Toggle Developer Tools',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    about: 'About Relocation Planner',
    services: 'Services',
    hide: 'Hide Relocation Planner',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
  'zh-CN': {
    appName: '出国工作规划',
    planFile: '出国工作规划',
    file: '文件',
    edit: '编辑',
    view: '显示',
    window: '窗口',
    help: '帮助',
    newOffer: '新建工作机会',
    newChecklistItem: '新建清单事项',
    logStudyTime: '记录学习时间',
    print: '打印…',
    exportPlan: '导出整个计划…',
    openDataFolder: '打开数据文件夹',
    settings: '设置…',
    close: '关闭窗口',
    quit: '退出出国工作规划',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '拷贝',
    paste: '粘贴',
    selectAll: '全选',
    search: '搜索计划…',
    find: '查找…',
    sections: {
      overview: '概览',
      timeline: '时间线',
      offers: '工作机会',
      checklists: '签证与材料',
      residency: '在华天数',
      language: '语言',
    },
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    toggleFullScreen: '切换全屏',
    toggleDevTools: '切换开发者工具',
    minimize: '最小化',
    zoom: '缩放',
    front: '全部置于顶层',
    about: '关于出国工作规划',
    services: '服务',
    hide: '隐藏出国工作规划',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
  },
};

export function menuLabelsFor(language: string): MenuLabels {
  return language === 'zh-CN' ? MENU_LABELS['zh-CN'] : MENU_LABELS.en;
}
