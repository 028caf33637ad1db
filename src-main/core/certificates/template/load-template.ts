import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { zhCN } from 'zod/locales';
import { certificateTemplateSchema, type CertificateTemplate } from './template-schema.ts';
import { TemplateError } from './template-error.ts';

/** A validated template with its files read (images) or located (font). */
export interface LoadedTemplate {
  template: CertificateTemplate;
  /** Where the template was read from (or the folder its relative paths start at). */
  source: string;
  seal: Buffer | null;
  /** Where the seal image was read from (absolute). */
  sealFile: string | null;
  background: Buffer | null;
  fontFile: string | null;
}

const chinese = zhCN().localeError;

/** Validates a template object; relative file paths are resolved against `baseDir`. */
export function parseTemplate(value: unknown, baseDir: string, source = baseDir): LoadedTemplate {
  const parsed = certificateTemplateSchema.safeParse(value, { error: chinese });
  if (!parsed.success) throw TemplateError.fromZod(parsed.error, source);
  const template = parsed.data;
  const problems: string[] = [];
  const locate = (file: string, what: string) => {
    const path = isAbsolute(file) ? file : resolve(baseDir, file);
    if (existsSync(path)) return path;
    problems.push(`找不到${what}文件：${path}`);
    return null;
  };
  const sealPath = template.seal && locate(template.seal.file, '印章图片');
  const backgroundPath = template.background && locate(template.background.file, '背景图片');
  const fontFile = template.font && locate(template.font.file, '字体');
  if (problems.length > 0) throw new TemplateError(problems, source);
  return {
    template,
    source,
    seal: sealPath ? readImage(sealPath) : null,
    sealFile: sealPath ?? null,
    background: backgroundPath ? readImage(backgroundPath) : null,
    fontFile: fontFile ?? null,
  };
}

/** A template file's JSON, not validated yet (TemplateError when unreadable or not JSON). */
export function readTemplateJson(path: string): unknown {
  try {
    return JSON.parse(withoutByteOrderMark(readFileSync(path, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new TemplateError([`找不到模板文件：${path}`], path);
    const reason = error instanceof SyntaxError ? `不是有效的 JSON：${error.message}` : '无法读取';
    throw new TemplateError([`模板文件${reason}`], path);
  }
}

/** Reads and validates a template file (JSON). */
export function loadTemplate(path: string): LoadedTemplate {
  return parseTemplate(readTemplateJson(path), dirname(path), path);
}

/** Windows Notepad may save UTF-8 with a byte order mark, which JSON.parse refuses. */
function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The template shipped in resources/certificate/. */
export function defaultTemplatePath(resourcesDir: string): string {
  return join(resourcesDir, 'certificate', 'template.json');
}

const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8];

function readImage(path: string): Buffer {
  const bytes = readFileSync(path);
  const starts = (magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (!starts(PNG) && !starts(JPEG)) throw new TemplateError([`图片只能是 PNG 或 JPEG：${path}`], path);
  return bytes;
}
