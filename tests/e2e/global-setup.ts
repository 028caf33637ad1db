import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The browser tests drive the built renderer; `npm test` builds first, a lone e2e run builds if needed. */
export default function setup(): void {
  if (existsSync('out/renderer/index.html')) return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
