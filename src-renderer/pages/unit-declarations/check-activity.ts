import type { CeCategory, CeType } from '../../../src-shared/domain/ce-types.ts';
import { HOURS_STEP } from '../../../src-shared/domain/ce-types.ts';
import {
  checkDeclaration,
  ruleHours,
  type FieldError,
} from '../../../src-shared/domain/declaration-rules.ts';
import { fixedFields } from './ce-type-options.ts';

export interface ActivityValues {
  typeCode?: string;
  year?: number;
  title?: string;
  hours?: number | null;
  remarks?: string;
  fields?: Record<string, unknown>;
}

export interface ActivityCheck {
  /** By form path: 'year', 'hours', 'remarks', 'typeCode', 'fields.<key>'. */
  errors: FieldError[];
  /** The most hours the type's rule allows for the fields as filled in; undefined until they are valid. */
  allowedHours: number | undefined;
}

/**
 * The shared declaration rules (the core and the server check the same), applied to the form as it is:
 * the category's fixed flag is added, and hours are judged against what the rule allows.
 */
export function checkActivity(
  values: ActivityValues,
  catalogue: readonly CeType[],
  category: CeCategory,
  currentYear: number,
): ActivityCheck {
  const type = catalogue.find((candidate) => candidate.code === values.typeCode);
  const fields = { ...values.fields, ...(type ? fixedFields(type, category) : {}) };
  const input = {
    typeCode: values.typeCode ?? '',
    year: values.year ?? Number.NaN,
    hours: values.hours ?? Number.NaN,
    fields,
    remarks: values.remarks ?? '',
  };
  const options = { currentYear, catalogue };
  const result = checkDeclaration(input, options);
  const errors = result.ok ? [] : result.errors;
  return { errors, allowedHours: type && allowedHours(type, input, options) };
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * What the rule allows for the fields filled in so far: once every field is valid, from the checked
 * values; before that, from the values as typed, as long as none of those typed is invalid.
 */
function allowedHours(
  type: CeType,
  input: { fields: Record<string, unknown> },
  options: { currentYear: number; catalogue: readonly CeType[] },
): number | undefined {
  const fieldsOnly = checkDeclaration(
    { typeCode: type.code, year: options.currentYear, hours: HOURS_STEP, fields: input.fields },
    options,
  );
  if (fieldsOnly.ok) return ruleHours(type, fieldsOnly.value.fields);
  const typedWrong = fieldsOnly.errors.some(
    ({ field }) => field.startsWith('fields.') && !isBlank(input.fields[field.slice('fields.'.length)]),
  );
  const allowed = typedWrong ? 0 : ruleHours(type, input.fields);
  return allowed > 0 ? allowed : undefined;
}
