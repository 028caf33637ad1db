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
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        file = { field: part.fieldname, fileName: part.filename, content: await part.toBuffer() };
      } else {
        fields.set(part.fieldname, String(part.value));
      }
    }
  } catch (error) {
    throw formError(error);
  }
  return { fields, file };
}

/**
 * The plugin's limits carry their 4xx status (413 for a file too large); anything else the parser
 * throws (no boundary, a cut-off or malformed body) is the request's fault, not the server's.
 */
function formError(error: unknown): Error {
  const { statusCode } = error as { statusCode?: unknown };
  if (error instanceof HttpError || (typeof statusCode === 'number' && statusCode < 500))
    return error as Error;
  return new HttpError(400, 'INVALID_ARGUMENT', '提交的表单数据不完整或格式错误，请重新提交');
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
