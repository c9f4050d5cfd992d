/**
 * What handlers need from the operating system, injected so the same handlers run inside Electron and
 * in the end-to-end harness (where a test double stands in for the shell and the print engine).
 */
export interface PlatformServices {
  appVersion: string;
  platform: string;
  /** Opens a file or folder with the system's default app; resolves to an error string, '' on success. */
  openPath(path: string): Promise<string>;
}
