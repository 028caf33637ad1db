import dayjs from 'dayjs';

/** An ISO instant as local date and minute, e.g. 2026-11-28 10:00. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '—';
}

/** Hours as 12 or 12.5, never 12.50. */
export function formatHours(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}
