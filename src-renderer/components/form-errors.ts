/*
 * applyFieldErrors: shows the core's field messages (ApiError.fields) under the form's own fields.
 *
 *   try { await api.subAdminsCreate(values); }
 *   catch (error) { if (!applyFieldErrors(form, error)) message.error(messageOf(error)); }
 *
 * A field path such as `applicant.idNumber` matches the form item named ['applicant', 'idNumber'].
 * Answers true when every message found its field, so that the caller shows the rest itself.
 */
import type { FormInstance } from 'antd';
import { ApiError } from '../api.ts';

const pathOf = (field: string) => field.split('.');
const keyOf = (path: readonly (string | number)[]) => path.map(String).join('.');

export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  const registered = new Set(form.getFieldsError().map(({ name }) => keyOf(name)));
  const known = error.fields.filter(({ field }) => registered.has(field));
  form.setFields(known.map(({ field, message }) => ({ name: pathOf(field), errors: [message] })));
  return known.length === error.fields.length;
}
