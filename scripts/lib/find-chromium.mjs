import { existsSync } from 'node:fs';

/** Where the end-to-end tests look for a Chromium, in order. PLANNER_CHROMIUM wins when set. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(env = process.env, exists = existsSync) {
  if (env.PLANNER_CHROMIUM) return exists(env.PLANNER_CHROMIUM) ? env.PLANNER_CHROMIUM : null;
  return CHROMIUM_CANDIDATES.find((path) => exists(path)) ?? null;
}
