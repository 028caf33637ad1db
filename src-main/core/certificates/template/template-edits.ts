import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { writeFileDurably } from '../../durable-file.ts';
import { TemplateError } from './template-error.ts';
import { asRecord } from './template-files.ts';
import type { ImageLayout } from './template-schema.ts';

/** What becomes of the seal: as it is, none (stamped by hand), or another image file (absolute). */
export type SealChoice = { kind: 'keep' } | { kind: 'none' } | { kind: 'file'; path: string };

/** The values an officer edits without a text editor. */
export interface CommonEdits {
  title: string;
  /** Null prints the unit's own name. */
  issuer: string | null;
  seal: SealChoice;
}

/** Where a new seal goes in a template that had none: the shipped template's place for it. */
export type SealPlace = Omit<ImageLayout, 'file'>;

/**
 * The template's JSON with the edits made; a new seal image is named by its absolute path until the
 * template is saved (validate the result before saving it).
 */
export function applyCommonEdits(
  value: unknown,
  edits: CommonEdits,
  sealPlace: SealPlace,
  source: string,
): Record<string, unknown> {
  const template = asRecord(value);
  if (!template) throw new TemplateError(['模板文件的内容不是证书模板（应为 JSON 对象）'], source);
  const edited: Record<string, unknown> = {
    ...template,
    title: { ...asRecord(template.title), text: edits.title },
    issuer: { ...asRecord(template.issuer), text: edits.issuer },
  };
  if (edits.seal.kind === 'none') edited.seal = null;
  if (edits.seal.kind === 'file')
    edited.seal = { ...sealPlace, ...asRecord(template.seal), file: edits.seal.path };
  return edited;
}

function timestamp(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

/**
 * Writes an edited (and validated) template over its file, durably: a crash or a power cut leaves the
 * old file or the new one. A new seal image is copied beside it under a name of its own first (and
 * as durably, so the template never names an image that is not there), so the template folder stands
 * on its own and no image the officer placed there is overwritten.
 */
export function saveEditedTemplate(path: string, value: Record<string, unknown>, seal: SealChoice): void {
  const saved = { ...value };
  if (seal.kind === 'file') {
    const name = `seal-${timestamp(new Date())}${extname(seal.path).toLowerCase() || '.png'}`;
    writeFileDurably(join(dirname(path), name), readFileSync(seal.path));
    saved.seal = { ...asRecord(value.seal), file: name };
  }
  writeFileDurably(path, `${JSON.stringify(saved, null, 2)}\n`);
}
