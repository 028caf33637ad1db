// `npm start`: builds when the sources changed, then runs the desktop app in Electron, or, where the
// Electron binary cannot be obtained, serves the same UI through the browser shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = dirname(dirname(new URL(import.meta.url).pathname));
const require = createRequire(import.meta.url);
const SOURCES = [
  'src-shared',
  'src-main',
  'src-preload',
  'src-renderer',
  'electron.vite.config.ts',
  'package.json',
];
const OUTPUTS = [
  'out/main/index.js',
  'out/main/browser-shell.js',
  'out/preload/index.cjs',
  'out/renderer/index.html',
];

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function buildIsStale() {
  const outputs = OUTPUTS.map((p) => join(root, p));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  return SOURCES.some((p) => existsSync(join(root, p)) && newestMtime(join(root, p)) > built);
}

/** Electron 45 downloads its binary on first use; on a closed network that fails quickly. */
function electronBinary() {
  const electronDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (install.status !== 0) return { ok: false, reason: firstLine(install.stderr) || 'download failed' };
  }
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? { ok: true, binary } : { ok: false, reason: `${binary} is missing` };
}

function firstLine(text) {
  return (text ?? '')
    .split('\n')
    .find((line) => line.trim())
    ?.trim();
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (buildIsStale()) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const electron = electronBinary();
if (electron.ok) {
  run(electron.binary, ['.']);
} else {
  console.log(
    `Electron binary unavailable here (${electron.reason}); serving the same UI through the browser shell.`,
  );
  run(process.execPath, [join(root, 'out/main/browser-shell.js')]);
}
