import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadTemplate, readTemplateJson } from './load-template.ts';
import { asRecord, referencedFiles } from './template-files.ts';
import { TEMPLATE_GUIDE } from './template-guide.ts';

export interface ExportedTemplate {
  directory: string;
  templatePath: string;
}

export interface ExportOptions {
  /** The folder the copy goes into: `<parent>/<name>`, or `<name>-2`, `-3`… when that exists. */
  parent: string;
  name: string;
  /** The copy's templateName, so the screen can tell it from the shipped one. */
  templateName: string;
}

/** A folder that does not exist yet: an export never overwrites a template the officer edited. */
function freshFolder(parent: string, name: string): string {
  for (let attempt = 1; ; attempt++) {
    const folder = join(parent, attempt === 1 ? name : `${name}-${attempt}`);
    if (!existsSync(folder)) return folder;
  }
}

/**
 * Copies a (valid) template into a new folder with every image and font it names beside it, so the
 * folder stands on its own, and a guide for editing it with a text editor.
 */
export function exportTemplate(source: string, options: ExportOptions): ExportedTemplate {
  loadTemplate(source);
  const value: Record<string, unknown> = {
    ...asRecord(readTemplateJson(source)),
    templateName: options.templateName,
  };
  const directory = freshFolder(options.parent, options.name);
  mkdirSync(directory, { recursive: true });
  try {
    const used = new Set<string>(['template.json']);
    for (const [element, file] of referencedFiles(value, dirname(source))) {
      const name = used.has(basename(file)) ? `${element}-${basename(file)}` : basename(file);
      used.add(name);
      copyFileSync(file, join(directory, name));
      value[element] = { ...asRecord(value[element]), file: name };
    }
    const templatePath = join(directory, 'template.json');
    writeFileSync(templatePath, `${JSON.stringify(value, null, 2)}\n`);
    writeFileSync(join(directory, '说明.txt'), TEMPLATE_GUIDE);
    return { directory, templatePath };
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}
