/**
 * Who sent a message. Main accepts only the app's own main frame: an iframe, a devtools page or anything
 * served from another origin is refused before its payload is even parsed.
 */
export interface SenderInfo {
  isMainFrame: boolean;
  url: string;
}

export const APP_SCHEME = 'app';
export const APP_HOST = 'planner';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isTrustedSender(sender: SenderInfo, allowedOrigin: string = APP_ORIGIN): boolean {
  if (!sender.isMainFrame) return false;
  try {
    return new URL(sender.url).origin === allowedOrigin || sender.url.startsWith(`${allowedOrigin}/`);
  } catch {
    return false;
  }
}
