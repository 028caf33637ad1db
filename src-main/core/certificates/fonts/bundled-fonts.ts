import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontSource } from './font-sources.ts';

/**
 * The fallback fonts, both under the SIL Open Font License 1.1 (which allows bundling them with the
 * app): Noto Sans SC as TrueType (small subsets: ~16 KB a certificate) and Source Han Sans SC as CFF,
 * which also has CJK Extension B characters such as 𠮷 that Noto Sans SC lacks. They come from npm
 * packages; the packaged app carries copies (with the packages' licence files) in resources/fonts/,
 * see resources/fonts/README.md.
 */
const BUNDLED_FONTS = [
  {
    copy: 'NotoSansSC-Regular.ttf',
    packageName: '@expo-google-fonts/noto-sans-sc',
    path: '400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    copy: 'SourceHanSansSC-Regular.otf',
    packageName: 'node-source-han-sans-sc',
    path: 'SourceHanSansSC-Regular.otf',
  },
] as const;

// Not named `require`: the bundler's ESM shim declares that name at the top of the built file.
const resolvePackage = createRequire(import.meta.url);

function packageFile(packageName: string, path: string): string | null {
  try {
    return join(dirname(resolvePackage.resolve(`${packageName}/package.json`)), path);
  } catch {
    return null;
  }
}

/** Each bundled font: the copy in `<resourcesDir>/fonts` if there is one, else the npm package's file. */
export function bundledFonts(resourcesDir: string): FontSource[] {
  const sources: FontSource[] = [];
  for (const font of BUNDLED_FONTS) {
    const copy = join(resourcesDir, 'fonts', font.copy);
    const file = existsSync(copy) ? copy : packageFile(font.packageName, font.path);
    if (file) sources.push({ file, origin: 'bundled' });
  }
  return sources;
}
