import type { InterfaceLanguage } from '../../../shared/plan/profile-schema';
import type { ThemeChoice } from '../../../shared/appearance/schema';

/**
 * What handlers need from the operating system, injected so the same handlers run inside Electron and
 * in the end-to-end harness (where test doubles stand in for dialogs, the shell and the print engine).
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface PlatformServices {
  appVersion: string;
  platform: string;
  /** Opens a file or folder with the system's default app; resolves to an error string, '' on success. */
  openPath(path: string): Promise<string>;
  /** The system's save dialog; null when cancelled. */
  chooseSavePath(suggestedName: string, filters: FileFilter[]): Promise<string | null>;
  /** The system's open dialog (several files); empty when cancelled. Only these paths are ever read. */
  chooseFilesToOpen(): Promise<string[]>;
  /** The system's open dialog for one file of the given kinds; null when cancelled. Falls back to chooseFilesToOpen. */
  chooseFileToOpen?(filters: FileFilter[]): Promise<string | null>;
  /** The app window's current page as a PDF, laid out by its print stylesheet. */
  printToPdf(pageSize?: 'A4' | 'Letter'): Promise<Uint8Array>;
  /** The page's interface language changed: the native menu follows it. Absent where there is no menu. */
  applyInterfaceLanguage?(language: InterfaceLanguage): void;
  /** Electron's nativeTheme.themeSource (electron/main/native-theme.ts); answers whether dark colours are now in use. Absent: no native theme. */
  setThemeSource?(theme: ThemeChoice): { isDark: boolean };
}
