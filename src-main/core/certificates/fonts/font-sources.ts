import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type FontOrigin = 'template' | 'system' | 'bundled';

/** A font file to try; `postscriptName` picks a face out of a collection (.ttc). */
export interface FontSource {
  file: string;
  postscriptName?: string;
  origin: FontOrigin;
}

/** Chinese fonts every Windows PC has, in the order certificates prefer them; SimSun-ExtB covers CJK Ext B. */
const WINDOWS_FONTS: readonly Omit<FontSource, 'origin'>[] = [
  { file: 'simsun.ttc', postscriptName: 'SimSun' },
  { file: 'simhei.ttf' },
  { file: 'msyh.ttc', postscriptName: 'MicrosoftYaHei' },
  { file: 'simsunb.ttf' },
];

/**
 * Last resort elsewhere, after the bundled fonts: HanaMinB (Debian's fonts-hanazono, OFL) has every
 * CJK Extension B–F character, such as 𪚥, that Source Han Sans lacks. Windows has SimSun-ExtB.
 */
const LINUX_EXTENSION_FONTS: readonly string[] = ['/usr/share/fonts/truetype/hanazono/HanaMinB.ttf'];

export interface FontSearch {
  /** The template's own font, tried first. */
  templateFont: { file: string; postscriptName?: string } | null;
  /** The fonts shipped with the app (see bundled-fonts.ts), tried last. */
  bundled: readonly FontSource[];
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
}

/**
 * Where certificate glyphs come from, in order: the template's font, the system's Chinese fonts on
 * Windows (%WINDIR%\Fonts), then the bundled fonts, then (on Linux) a system font for the rarest
 * characters. Files that do not exist are left out.
 */
export function fontSources({
  templateFont,
  bundled,
  platform = process.platform,
  env = process.env,
}: FontSearch): FontSource[] {
  const sources: FontSource[] = [];
  if (templateFont) sources.push({ ...templateFont, origin: 'template' });
  if (platform === 'win32') {
    const fontsDir = join(env.WINDIR ?? env.SystemRoot ?? 'C:\\Windows', 'Fonts');
    for (const font of WINDOWS_FONTS)
      sources.push({ ...font, file: join(fontsDir, font.file), origin: 'system' });
  }
  sources.push(...bundled);
  if (platform === 'linux')
    for (const file of LINUX_EXTENSION_FONTS) sources.push({ file, origin: 'system' });
  return sources.filter((source) => existsSync(source.file));
}
