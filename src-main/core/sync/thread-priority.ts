import { constants, setPriority } from 'node:os';

/**
 * Lowers the scheduling priority of the calling thread, for the worker that runs the sync: on a busy
 * PC the window's thread then gets the CPU first and never stalls behind a million-row sync. Call it
 * at the start of that worker; where the system refuses, nothing changes. Only Linux keeps a nice
 * value per thread: elsewhere (Windows, macOS) the call would lower the whole process, the window's
 * thread included, so it does nothing there.
 */
export function lowerThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not permitted here: the sync runs at normal priority.
  }
}
