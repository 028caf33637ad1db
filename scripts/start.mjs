// `npm start`: builds when the sources changed; where no sync API server is configured, starts an
// embedded one with demo data; then runs the desktop app in Electron, or, where the Electron binary
// cannot be obtained, serves the same UI through the browser shell.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultUserDataDir } from '../src-main/core/user-data-dir.ts';

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

const children = [];

function run(command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exit(code ?? 0);
  });
  return child;
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((c) => c.kill(signal)));

/** The server the user configured (settings.json of the app), if any. */
function configuredServerUrl(userDataDir) {
  if (process.env.HNCE_SERVER_URL) return process.env.HNCE_SERVER_URL;
  const settingsFile = join(userDataDir, 'settings.json');
  if (!existsSync(settingsFile)) return null;
  try {
    return JSON.parse(readFileSync(settingsFile, 'utf8')).serverUrl ?? null;
  } catch {
    return null;
  }
}

/** A sync API on loopback over a SQLite file in the user data folder, seeded with demo data once. */
async function startEmbeddedServer(userDataDir) {
  const port = process.env.HNCE_EMBEDDED_PORT ?? '18080';
  const database = join(userDataDir, 'embedded-server', 'server.sqlite');
  const env = { HNCE_DATABASE_URL: `sqlite:${database}`, HNCE_PORT: port };
  const cli = join(root, 'src-server', 'cli.ts');
  if (!existsSync(database)) {
    console.log('No sync API server is configured: creating an embedded one with demo data.');
    const seed = spawnSync(process.execPath, [cli, 'seed'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (seed.status !== 0) process.exit(seed.status ?? 1);
  }
  // glibc gives each pull worker thread its own malloc arenas; two arenas keep the server's memory flat.
  run(process.execPath, [cli, 'serve'], { ...env, HNCE_QUIET: '1', MALLOC_ARENA_MAX: '2' });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(`${url}/api/v1/health`);
  console.log(
    `Embedded sync API with demo data at ${url} (demo password Henan@2026; see the seed's log-ins above or run npm run seed -- --help).`,
  );
  return url;
}

async function waitForHealth(url, deadline = Date.now() + 30_000) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The embedded sync API did not start: ${url}`);
}

if (buildIsStale()) {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const userDataDir = defaultUserDataDir();
const serverUrl = configuredServerUrl(userDataDir) ?? (await startEmbeddedServer(userDataDir));
const appEnv = { HNCE_DEFAULT_SERVER_URL: serverUrl };

const electron = electronBinary();
if (electron.ok) {
  run(electron.binary, ['.'], appEnv);
} else {
  console.log(
    `Electron binary unavailable here (${electron.reason}); serving the same UI through the browser shell.`,
  );
  run(process.execPath, [join(root, 'out/main/browser-shell.js')], appEnv);
}
