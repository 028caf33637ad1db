import type { FieldError } from '../../src-shared/contract/index.ts';
import { badRequest } from '../http/http-error.ts';

/** One 400 answer naming every field at fault, worded like `parseInput`'s. */
export function invalidFields(errors: readonly FieldError[]) {
  const summary = errors.map(({ field, message }) => (field ? `${field}：${message}` : message)).join('；');
  return badRequest(`参数无效：${summary}`, [...errors]);
}
