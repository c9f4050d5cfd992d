import { app, type Session } from 'electron';
import { APP_ORIGIN } from '../../shared/contract/sender';
import { isAllowedRequestUrl } from './request-policy';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The spellchecker would otherwise download Hunspell dictionaries from Google's CDN.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
}

/** No navigation away from the app, no new windows, no webviews, in any web contents ever created. */
export function denyNavigationEverywhere(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
