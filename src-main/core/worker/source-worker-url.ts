/** The worker's TypeScript source, which Node 24 runs directly: for tests and running from source. */
export const SOURCE_WORKER_URL = new URL('./core-worker.ts', import.meta.url);
