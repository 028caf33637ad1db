import { expressionBuilder, sql, type Expression, type SqlBool } from 'kysely';
import type { DeclarationCountsArgs } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import type { StaffScope } from './staff-scope.ts';

/** The filters of the declaration screens, with the submission bounds as comparable UTC text. */
export interface DeclarationFilter extends StaffScope {
  year?: number | undefined;
  typeCode?: string | undefined;
  category?: 'public' | 'professional' | undefined;
  submittedFrom?: string | undefined;
  submittedTo?: string | undefined;
}

/**
 * Times are stored as `toISOString()` text, so a bound given with another offset or precision is
 * rewritten the same way before it is compared as text.
 */
export function declarationFilterOf(input: DeclarationCountsArgs): DeclarationFilter {
  const utc = (instant: string | undefined) =>
    instant === undefined ? undefined : new Date(instant).toISOString();
  return {
    ...input,
    search: input.search || undefined,
    submittedFrom: utc(input.submittedFrom),
    submittedTo: utc(input.submittedTo),
  };
}

/** The type and category filters, which every declaration index carries as columns. */
export function columnFilters({ typeCode, category }: DeclarationFilter): Expression<SqlBool> {
  const eb = expressionBuilder<CacheSchema, 'declarations'>();
  const conditions: Expression<SqlBool>[] = [];
  if (typeCode !== undefined) conditions.push(eb('declarations.type_code', '=', typeCode));
  if (category !== undefined) conditions.push(eb('declarations.category', '=', category));
  return eb.and(conditions);
}

/**
 * The submission range. A list sorted by hours marks it unusable for an index (unary plus), or
 * SQLite would pick the index in submission order and sort the whole range.
 */
export function submittedWithin(
  { submittedFrom, submittedTo }: DeclarationFilter,
  usesIndex = true,
): Expression<SqlBool> {
  const eb = expressionBuilder<CacheSchema, 'declarations'>();
  const submitted = usesIndex
    ? sql.ref<string>('declarations.submitted_at')
    : sql<string>`+declarations.submitted_at`;
  const conditions: Expression<SqlBool>[] = [];
  if (submittedFrom !== undefined) conditions.push(eb(submitted, '>=', submittedFrom));
  if (submittedTo !== undefined) conditions.push(eb(submitted, '<', submittedTo));
  return eb.and(conditions);
}
