import type { Prng } from './prng.ts';

/**
 * The demo world's calendar, fixed so that every seed run writes the same timestamps: declarations
 * are credited to 2022–2026, activities end by October 2026 and every decision was taken before the
 * seed's "now", 2026-11-20.
 */
export const SEED_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
export const CURRENT_YEAR = 2026;
const SEED_NOW = Date.UTC(2026, 10, 20, 8, 0, 0);
const LAST_ACTIVITY_DAY = Date.UTC(2026, 9, 31);

export const DAY_MS = 86_400_000;

/** The last day of the year an activity may fall on. */
export function lastActivityDay(year: number): number {
  return Math.min(Date.UTC(year, 11, 31), LAST_ACTIVITY_DAY);
}

/** Midnight (UTC) of a random day of the year, never after the last activity day. */
export function dayIn(rng: Prng, year: number): number {
  const first = Date.UTC(year, 0, 1);
  return first + rng.int(0, Math.round((lastActivityDay(year) - first) / DAY_MS)) * DAY_MS;
}

/**
 * A time during office hours (China time, UTC+8) some days after the day of `time`: never after the
 * seed's now, and always at least a minute after `time`, so that decisions follow what they decide.
 */
export function officeTimeAfter(rng: Prng, time: number, minDays: number, maxDays: number): number {
  const day = time - (time % DAY_MS) + rng.int(minDays, maxDays) * DAY_MS;
  const officeTime = day + rng.int(1, 9) * 3_600_000 + rng.int(0, 59) * 60_000;
  return Math.max(Math.min(officeTime, SEED_NOW - rng.int(1, 600) * 60_000), time + 60_000);
}

export const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
export const isoTime = (time: number) => new Date(time).toISOString();
