import { sql, type Kysely } from 'kysely';
import type { DeclarationRow } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { waitingOn } from './waiting.ts';

/**
 * The declarations, with their author and type, as list rows. A row may arrive before its staff or
 * type row during a sync, so those are joined loosely.
 */
export function declarationRowQuery(db: Kysely<CacheSchema>) {
  return db
    .selectFrom('declarations')
    .leftJoin('staff', 'staff.id', 'declarations.staff_id')
    .leftJoin('departments', 'departments.id', 'staff.department_id')
    .leftJoin('ce_types', 'ce_types.code', 'declarations.type_code')
    .select([
      sql<number>`declarations.rowid`.as('rowid'),
      'declarations.id',
      'declarations.staff_id',
      'staff.name as staff_name',
      'staff.id_number as staff_id_number',
      'staff.department_id',
      'departments.name as department_name',
      'declarations.type_code',
      'ce_types.name as type_name',
      'declarations.category',
      'declarations.year',
      'declarations.title',
      'declarations.hours',
      'declarations.status',
      'declarations.source',
      'declarations.submitted_at',
      waitingOn('declarations', 'declarations.id').as('waiting'),
    ]);
}

type Fetched = Awaited<ReturnType<ReturnType<typeof declarationRowQuery>['execute']>>[number];

export function toDeclarationRow(row: Fetched): DeclarationRow {
  return {
    id: row.id,
    staffId: row.staff_id,
    staffName: row.staff_name ?? '',
    staffIdNumber: row.staff_id_number ?? '',
    departmentName: row.department_name,
    typeCode: row.type_code,
    typeName: row.type_name ?? row.type_code,
    category: row.category,
    year: row.year,
    title: row.title,
    hours: row.hours,
    status: row.status,
    source: row.source,
    submittedAt: row.submitted_at,
    waiting: Boolean(row.waiting),
  };
}

/** The list rows at these rowids, in the order given. */
export async function declarationRowsAt(
  db: Kysely<CacheSchema>,
  rowids: readonly number[],
): Promise<DeclarationRow[]> {
  if (rowids.length === 0) return [];
  const fetched = await declarationRowQuery(db).where(sql.ref('declarations.rowid'), 'in', rowids).execute();
  const byRowid = new Map(fetched.map((row) => [row.rowid, row]));
  return rowids.map((rowid) => toDeclarationRow(byRowid.get(rowid)!));
}
