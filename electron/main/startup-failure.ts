import { app, dialog } from 'electron';

const TEXTS = {
  en: {
    title: 'Relocation Planner could not open your data',
    body: (folder: string, detail: string) =>
      `The data folder could not be read or written:\n${folder}\n\n${detail}\n\n` +
      'Nothing was changed. Check that the folder exists and that you may read and write it ' +
      '(or start the app with --data-dir=PATH to use another folder), then open the app again.',
  },
  zh: {
    title: '出国工作规划无法打开你的数据',
    body: (folder: string, detail: string) =>
      `无法读取或写入数据文件夹：\n${folder}\n\n${detail}\n\n` +
      '没有修改任何内容。请确认该文件夹存在且你有读写权限（或使用 --data-dir=路径 启动应用以使用其他文件夹），然后重新打开应用。',
  },
};

/**
 * Says plainly why the app cannot start, then exits (no window without data, no silent hang). The promise
 * never settles: nothing after it may run while the app exits.
 */
export function failStartup(folder: string, error: unknown): Promise<never> {
  const texts = app.getLocale().toLowerCase().startsWith('zh') ? TEXTS.zh : TEXTS.en;
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(texts.title, texts.body(folder, detail));
  app.exit(1);
  return new Promise<never>(() => undefined);
}
