import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FieldError } from '../../src-shared/contract/index.ts';
import { fieldError, HttpError } from '../http/http-error.ts';
import { invalidFields } from './field-errors.ts';

/** The multipart form of POST /me/declarations: field `data` (JSON) and file `attachment`. */
export interface DeclarationUpload {
  data: unknown;
  attachment: { fileName: string; content: Buffer };
}

interface Parts {
  data: { value: unknown; truncated: boolean }[];
  files: { fileName: string; content: Buffer }[];
  unexpected: string[];
}

const TOO_LARGE = '文件不能超过 10MB';

/** Every part is read to the end, so the answer never races a half-sent body. */
async function collectParts(parts: AsyncIterable<Multipart>): Promise<Parts> {
  const collected: Parts = { data: [], files: [], unexpected: [] };
  for await (const part of parts) {
    if (part.type === 'file') {
      const content = await part.toBuffer();
      const fileName = part.filename.replace(/\p{Cc}/gu, '');
      if (part.fieldname === 'attachment') collected.files.push({ fileName, content });
      else collected.unexpected.push(part.fieldname);
    } else if (part.fieldname === 'data') {
      collected.data.push({ value: part.value, truncated: part.valueTruncated });
    } else {
      collected.unexpected.push(part.fieldname);
    }
  }
  return collected;
}

/** The multipart plugin's and busboy's errors, in Chinese and naming the field where there is one. */
function uploadError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new HttpError(413, 'PAYLOAD_TOO_LARGE', `参数无效：attachment：${TOO_LARGE}`, [
      { field: 'attachment', message: TOO_LARGE },
    ]);
  }
  if (code === 'FST_FILES_LIMIT') {
    return fieldError('attachment', '只能上传一个附件文件，多个文件请先压缩为一个 ZIP 文件');
  }
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return new HttpError(413, 'PAYLOAD_TOO_LARGE', '提交的表单字段过多');
  }
  if (code === 'FST_INVALID_JSON_FIELD_ERROR') return fieldError('data', '申报信息不是有效的 JSON');
  // Anything else the parser throws (a cut-off or malformed body) is the request's fault.
  const status = typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 ? statusCode : 400;
  return new HttpError(status, 'INVALID_ARGUMENT', '提交的表单数据不完整或格式错误，请重新提交');
}

/** `data` arrives as text, or already parsed when its part was sent as application/json. */
function parseData({ value, truncated }: { value: unknown; truncated: boolean }): unknown {
  if (truncated) throw fieldError('data', '申报信息过长');
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw fieldError('data', '申报信息不是有效的 JSON');
  }
}

function partErrors(parts: Parts): FieldError[] {
  const errors = parts.unexpected.map((field) => ({ field, message: '不支持的表单字段' }));
  if (parts.data.length !== 1) {
    errors.push({ field: 'data', message: parts.data.length ? '申报信息只能提交一份' : '缺少申报信息' });
  }
  if (parts.files.length === 0) {
    errors.push({ field: 'attachment', message: '请上传证明材料附件（JPG、PNG、PDF 或 ZIP，不超过 10MB）' });
  }
  return errors;
}

/** Reads the form; the attachment is mandatory for every type (证明材料, user guide). */
export async function readDeclarationUpload(request: FastifyRequest): Promise<DeclarationUpload> {
  if (!request.isMultipart()) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 格式提交申报信息和附件');
  }
  let parts: Parts;
  try {
    parts = await collectParts(request.parts());
  } catch (error) {
    throw uploadError(error);
  }
  const errors = partErrors(parts);
  const [data] = parts.data;
  const [attachment] = parts.files;
  if (errors.length > 0 || !data || !attachment) throw invalidFields(errors);
  return { data: parseData(data), attachment };
}
