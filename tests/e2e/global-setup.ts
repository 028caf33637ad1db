import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The browser tests drive the built renderer; `npm test` builds first, a lone e2e run builds if needed.
 * HNCE_E2E_RENDERER_DIR names a renderer built elsewhere (`electron-vite build --outDir <dir>`), so an
 * engineer can test their own build while others use out/.
 */
export default function setup(): void {
  if (process.env.HNCE_E2E_RENDERER_DIR || existsSync('out/renderer/index.html')) return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
