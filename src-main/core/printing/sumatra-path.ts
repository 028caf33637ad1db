import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Not named `require`: the bundler's ESM shim declares that name at the top of the built file.
const resolvePackage = createRequire(import.meta.url);

/**
 * SumatraPDF.exe as shipped in pdf-to-printer's dist folder, given explicitly rather than found by
 * pdf-to-printer: inside a packaged app the package sits in app.asar, which Windows cannot run a
 * program from, so electron-builder unpacks it (asarUnpack) to app.asar.unpacked.
 */
export function sumatraPdfPath(): string {
  const dist = dirname(resolvePackage.resolve('pdf-to-printer'));
  const exe = readdirSync(dist).find((name) => /^SumatraPDF.*\.exe$/i.test(name));
  if (!exe) throw new Error(`pdf-to-printer 中缺少 SumatraPDF：${dist}`);
  return join(dist, exe).replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}
