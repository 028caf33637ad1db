import type { CallError, ErrorCode, FieldError } from '../../../src-shared/contract/index.ts';

/** An expected failure of a use case; its message is shown to the user as is. */
export class CallFailure extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;

  constructor(code: ErrorCode, message: string, fields?: FieldError[]) {
    super(message);
    this.name = 'CallFailure';
    this.code = code;
    this.fields = fields;
  }

  toCallError(): CallError {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}
