import type { FastifyRequest } from 'fastify';
import { fieldError, HttpError } from '../http/http-error.ts';

export interface UploadedFile {
  field: string;
  fileName: string;
  content: Buffer;
}

export interface MultipartForm {
  fields: Map<string, string>;
  file: UploadedFile | null;
}

/**
 * Reads a multipart form with at most one file (the plugin's limits refuse more, and files over
 * 10 MiB, with 413). Buffers the file: it is stored in the database anyway.
 */
export async function readMultipart(request: FastifyRequest): Promise<MultipartForm> {
  if (!request.isMultipart()) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 格式提交表单和扫描件');
  }
  const fields = new Map<string, string>();
  let file: UploadedFile | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      file = { field: part.fieldname, fileName: part.filename, content: await part.toBuffer() };
    } else {
      fields.set(part.fieldname, String(part.value));
    }
  }
  return { fields, file };
}

/** The JSON document a multipart form carries in one text field, e.g. `data`. */
export function jsonField(form: MultipartForm, field: string, label: string): unknown {
  const text = form.fields.get(field);
  if (text === undefined) throw fieldError(field, `请提交${label}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fieldError(field, `${label}不是有效的 JSON`);
  }
}
