import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const electronStub = fileURLToPath(new URL('./tests/glue/electron-stub.ts', import.meta.url));
const coreWorkerSource = new URL('./src-main/core/worker/core-worker.ts', import.meta.url).href;

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      {
        resolve: { alias: { electron: electronStub } },
        test: {
          name: 'glue',
          include: ['tests/glue/**/*.test.ts'],
          env: { HNCE_CORE_WORKER: coreWorkerSource },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A screen may take more than the default second to load and render on a busy machine;
          // a check that must hold sooner says so with a timeout of its own.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
