import { constants, setPriority } from 'node:os';

/**
 * Lowers the scheduling priority of the calling thread (on Linux the nice value is per thread), for
 * the worker that runs the sync: on a busy PC the window's thread then gets the CPU first and never
 * stalls behind a million-row sync. Call it at the start of that worker; where the system refuses,
 * nothing changes.
 */
export function lowerThreadPriority(): void {
  try {
    setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted here: the sync runs at normal priority.
  }
}
