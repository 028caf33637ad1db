import type { FieldSpec } from '../../../../src-shared/domain/ce-types.ts';

/** A type field's value as the officer reads it: option labels, 是/否, plain text otherwise. */
export function fieldDisplay(spec: FieldSpec, value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (spec.kind === 'boolean') return value === true ? '是' : '否';
  if (spec.kind === 'select')
    return spec.options?.find((option) => option.value === value)?.label ?? String(value);
  return String(value);
}
