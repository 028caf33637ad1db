import { ApiError } from '../../api.ts';
import { messageOf } from '../../components/error-message.ts';

/** What is wrong with a refused template, one problem each (the core names each in `fields`). */
export function problemsOf(error: unknown): string[] {
  if (error instanceof ApiError && error.fields.length > 0) return error.fields.map((field) => field.message);
  return [messageOf(error)];
}
