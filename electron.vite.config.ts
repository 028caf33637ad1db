import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { pdfjsResources } from './scripts/vite-pdfjs-resources.ts';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve('src-main/electron/main.ts'),
          'browser-shell': resolve('src-main/web/cli.ts'),
          'core-worker': resolve('src-main/core/worker/core-worker.ts'),
          'certificate-batch-worker': resolve('src-main/core/certificates/batch/batch-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src-preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react(), pdfjsResources()],
    build: {
      rolldownOptions: { input: resolve('src-renderer/index.html') },
    },
  },
});
