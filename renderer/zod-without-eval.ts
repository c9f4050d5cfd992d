import { config } from 'zod/v4';

/**
 * What `zod` is in the renderer's build (electron.vite.config.ts aliases the bare specifier here), so that
 * this runs before any schema is made. The page's CSP (script-src 'self') forbids eval, which zod's
 * object parser would use to compile a fast path per schema: without this, zod tries `new Function` once,
 * is refused (a CSP violation on the console), and parses without it anyway. Under a harness that lifts
 * the CSP (the bench's worker transport) it compiled the fast paths, which the app never does (note 0030).
 * The main process, where eval is allowed, keeps zod's default.
 */
config({ jitless: true });

export * from 'zod/v4';
