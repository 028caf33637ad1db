import { existsSync } from 'node:fs';

/**
 * A suite that needs something outside the project (Chromium, PostgreSQL, CUPS) skips with one clear
 * line on a developer's machine that lacks it, and fails in CI, where it must run.
 */
export function requireOutside(what: string, available: boolean, howToGetIt: string): boolean {
  if (available) return true;
  if (process.env.CI === 'true') throw new Error(`${what} is required in CI but missing: ${howToGetIt}`);
  console.warn(`SKIP: ${what} is missing on this machine (${howToGetIt}); its suite is skipped.`);
  return false;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return requireOutside('Chromium', existsSync(CHROMIUM_PATH), 'apt-get install chromium');
}
