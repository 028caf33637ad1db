import { z } from 'zod';

export const errorCodes = [
  'INVALID_ARGUMENT',
  'UNKNOWN_CALL',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
  'INTERNAL',
  // The log-in errors of the user guide, and the password checks, each told apart.
  'WRONG_CAPTCHA',
  'WRONG_CREDENTIALS',
  'NOT_APPROVED',
  'TOO_MANY_ATTEMPTS',
  'WRONG_PASSWORD',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const callErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fields: z.array(fieldErrorSchema).optional(),
});
export type CallError = z.infer<typeof callErrorSchema>;

/** What crosses a transport: errors travel as data, because Electron flattens thrown errors. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** Turns zod issues into messages that name the field, in Chinese. */
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : fieldOfUnrecognizedKeys(issue);
    return { field, message: issue.message };
  });
}

export function invalidArgument(error: z.ZodError): CallError {
  const fields = fieldErrorsOf(error);
  const summary = fields.map((f) => (f.field ? `${f.field}：${f.message}` : f.message)).join('；');
  return { code: 'INVALID_ARGUMENT', message: `参数无效：${summary}`, fields };
}

function fieldOfUnrecognizedKeys(issue: z.core.$ZodIssue): string {
  return issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '';
}
