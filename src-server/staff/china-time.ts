/** China keeps UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in China of an instant, as YYYY-MM-DD: declarations and hours count by it. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The calendar year in China of an instant. */
export function chinaYear(instant: Date): number {
  return Number(chinaDate(instant).slice(0, 4));
}
