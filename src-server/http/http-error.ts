import { z } from 'zod';
import { invalidArgument, type FieldError } from '../../src-shared/contract/index.ts';

export interface ErrorBody {
  error: { code: string; message: string; fields?: FieldError[] };
}

/**
 * An answer other than success. `code` is a stable machine name (e.g. INVALID_ARGUMENT,
 * WRONG_CAPTCHA); `message` is Chinese and shown to the user as is.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[] | undefined;

  constructor(status: number, code: string, message: string, fields?: FieldError[]) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  toBody(): ErrorBody {
    const error = { code: this.code, message: this.message };
    return { error: this.fields ? { ...error, fields: this.fields } : error };
  }
}

export const badRequest = (message: string, fields?: FieldError[]) =>
  new HttpError(400, 'INVALID_ARGUMENT', message, fields);

/** A single field at fault, e.g. `fieldError('idNumber', '身份证号码校验位错误')`. */
export const fieldError = (field: string, message: string) =>
  badRequest(`参数无效：${field}：${message}`, [{ field, message }]);

export const unauthenticated = (message = '请先登录') => new HttpError(401, 'UNAUTHENTICATED', message);
export const forbidden = (message = '无权执行此操作') => new HttpError(403, 'FORBIDDEN', message);
export const notFound = (message = '记录不存在') => new HttpError(404, 'NOT_FOUND', message);
export const conflict = (message: string) => new HttpError(409, 'CONFLICT', message);

const chineseMessages = z.locales.zhCN().localeError;

/**
 * Validates a request part against its schema; a failure names every field at fault, in Chinese.
 * Control characters are refused everywhere first: PostgreSQL text cannot hold NUL, and no form value
 * needs them, so both databases store the same thing.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const controlled = pathWithControlCharacters(value, []);
  if (controlled !== null) throw fieldError(controlled || '(请求体)', '不能包含控制字符');
  const parsed = schema.safeParse(value, { error: chineseMessages });
  if (parsed.success) return parsed.data;
  const error = invalidArgument(parsed.error);
  throw new HttpError(400, error.code, error.message, error.fields);
}

/** C0 and C1 control characters, except tab and line breaks which text areas legitimately hold. */
const CONTROL_CHARACTERS = /(?![\t\n\r])\p{Cc}/u;

function pathWithControlCharacters(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? path.join('.') : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    if (CONTROL_CHARACTERS.test(key)) return path.join('.');
    const found = pathWithControlCharacters(child, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
