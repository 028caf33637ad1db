import { z } from 'zod';
import type { FieldError } from '../../src-shared/contract/index.ts';
import {
  checkDeclaration,
  countCharacters,
  type CheckedDeclaration,
} from '../../src-shared/domain/declaration-rules.ts';
import { parseInput } from '../http/http-error.ts';
import { invalidFields } from './field-errors.ts';
import { hasControlCharacters } from './safe-text.ts';

const TITLE_MAX_CHARS = 100;

/** The envelope only; the type's rule (fields, hours, year, remarks) is `checkDeclaration`'s. */
const declarationDataSchema = z
  .object({
    typeCode: z.string().max(40),
    year: z.number(),
    title: z.string(),
    hours: z.number(),
    fields: z.record(z.string(), z.unknown()),
    remarks: z.string().optional(),
  })
  .strict();

type DeclarationData = z.output<typeof declarationDataSchema>;

export interface DeclarationInput extends CheckedDeclaration {
  title: string;
}

/** The texts that are stored: the title, the remarks and the type's field values. */
function controlCharacterErrors(data: DeclarationData): FieldError[] {
  const texts: [string, unknown][] = [
    ['title', data.title],
    ['remarks', data.remarks],
    ...Object.entries(data.fields).map(([key, value]): [string, unknown] => [`fields.${key}`, value]),
  ];
  return texts
    .filter(([, value]) => typeof value === 'string' && hasControlCharacters(value))
    .map(([field]) => ({ field, message: '含有无效字符' }));
}

function titleError(title: string): FieldError | undefined {
  if (title.length === 0) return { field: 'title', message: '请填写名称' };
  if (countCharacters(title) > TITLE_MAX_CHARS) {
    return { field: 'title', message: `名称不能超过 ${TITLE_MAX_CHARS} 个字` };
  }
  return undefined;
}

/** Validates the `data` JSON of a declaration; all faults are reported at once, each by field. */
export function parseDeclarationData(data: unknown, currentYear: number): DeclarationInput {
  const envelope = parseInput(declarationDataSchema, data);
  const title = envelope.title.trim();
  const checked = checkDeclaration(envelope, { currentYear });
  const errors = [
    titleError(title),
    ...controlCharacterErrors(envelope),
    ...(checked.ok ? [] : checked.errors),
  ].filter((error) => error !== undefined);
  if (errors.length > 0 || !checked.ok) throw invalidFields(errors);
  return { ...checked.value, title };
}
