import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export interface RendererFile {
  path: string;
  size: number;
  contentType: string;
  open(): NodeJS.ReadableStream;
}

/**
 * Used by both transports (Electron's app:// protocol and the browser shell).
 * Resolves a URL path inside `root`, falling back to index.html for client-side routes. Returns
 * null for anything outside the root or missing, so traversal attempts look like missing files.
 */
export async function findRendererFile(root: string, urlPath: string): Promise<RendererFile | null> {
  const base = resolve(root);
  const decoded = safeDecode(urlPath);
  if (decoded === null) return null;
  const relative = decoded === '/' ? 'index.html' : decoded;
  const candidate = resolve(base, '.' + sep + normalize(relative));
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  const file =
    (await regularFile(candidate)) ??
    (extname(candidate) ? null : await regularFile(join(base, 'index.html')));
  if (!file) return null;
  return {
    ...file,
    contentType: CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream',
    open: () => createReadStream(file.path),
  };
}

async function regularFile(path: string): Promise<{ path: string; size: number } | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size } : null;
  } catch {
    return null;
  }
}

function safeDecode(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}
