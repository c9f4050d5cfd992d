import { APP_ORIGIN } from '../../shared/contract/sender';

/** Only the app's own origin and inline data may load; everything else is cancelled before it leaves. */
export function isAllowedRequestUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`) || url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools://');
}
