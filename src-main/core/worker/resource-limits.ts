import type { ResourceLimits } from 'node:worker_threads';

/**
 * Heap caps of the core worker. A million-row pull parses a megabyte page after page: V8 would let
 * the thread's heap grow far past what it keeps alive (the page being written and the next one
 * arriving, a few dozen MiB) before collecting, and the client's peak memory with it. Capped, it
 * collects sooner and the sync stays within the client's memory budget. The old generation keeps
 * room for the largest use-case (an import or an export of a whole unit).
 */
export const CORE_WORKER_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 128,
  maxYoungGenerationSizeMb: 8,
};
