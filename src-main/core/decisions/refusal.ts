import { z } from 'zod';
import { fieldErrorsOf, type ErrorCode } from '../../../src-shared/contract/index.ts';
import { CallFailure } from '../api/call-failure.ts';

/** A decision the cache shows can't be made; the message is shown to the administrator as is. */
export function refused(message: string, code: ErrorCode = 'CONFLICT'): CallFailure {
  return new CallFailure(code, message);
}

const chineseMessages = z.locales.zhCN().localeError;

/** Parses a mutation's arguments with its protocol schema, refusing them in Chinese, field by field. */
export function parsedArguments<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const parsed = schema.safeParse(args, { error: chineseMessages });
  if (parsed.success) return parsed.data;
  const fields = fieldErrorsOf(parsed.error);
  const summary = fields.map((f) => (f.field ? `${f.field}：${f.message}` : f.message)).join('；');
  throw new CallFailure('INVALID_ARGUMENT', `参数无效：${summary}`, fields);
}
