import { statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { readTemplateJson } from './load-template.ts';

/** The template elements that name a file (relative to the template file, or absolute). */
export const FILE_ELEMENTS = ['seal', 'background', 'font'] as const;
export type FileElement = (typeof FILE_ELEMENTS)[number];

export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** The files a template's JSON names, absolute; read loosely (no validation), so it never throws. */
export function referencedFiles(value: unknown, baseDir: string): Map<FileElement, string> {
  const files = new Map<FileElement, string>();
  const template = asRecord(value);
  for (const element of FILE_ELEMENTS) {
    const file = asRecord(template?.[element])?.file;
    if (typeof file === 'string' && file.trim())
      files.set(element, isAbsolute(file) ? file : resolve(baseDir, file.trim()));
  }
  return files;
}

function fileStamp(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return 'missing';
  }
}

/**
 * Changes whenever the template file or an image or font it names changes, so that a template opened
 * once (fonts parsed) is opened again after the officer edited it in a text editor.
 */
export function templateStamp(path: string): string {
  let value: unknown = null;
  try {
    value = readTemplateJson(path);
  } catch {
    // An unreadable template gets a stamp of its own; opening it reports what is wrong.
  }
  const files = [path, ...referencedFiles(value, dirname(path)).values()];
  return files.map((file) => `${file}=${fileStamp(file)}`).join('|');
}
