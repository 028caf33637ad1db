import { expressionBuilder, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { StaffList } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema, StaffStatus } from '../cache/schema.ts';
import { departmentSubtree } from './department-subtree.ts';
import { decodeCursor, pageOf } from './page-cursor.ts';
import { staffMatches } from './staff-search.ts';
import { staffRowQuery, toStaffRow } from './staff-rows.ts';

export interface StaffPageArgs {
  status: StaffStatus;
  departmentId?: string | undefined;
  search?: string | undefined;
  titleLevel?: string | undefined;
  sort: 'name' | 'registeredAt';
  order: 'asc' | 'desc';
  after?: string | undefined;
  limit: number;
  withTotal: boolean;
}

const sortColumns = { name: 'staff.name', registeredAt: 'staff.registered_at' } as const;

/**
 * One page of the people of one status: the staff list and the registrations to review share it.
 * The status leads both staff indexes, which then give the sort order.
 */
export async function staffPage(db: Kysely<CacheSchema>, args: StaffPageArgs): Promise<StaffList> {
  const sortKey = `staff:${args.sort}:${args.order}`;
  const after = decodeCursor(sortKey, args.after);
  const column = sql.ref<string>(sortColumns[args.sort]);
  const rowid = sql.ref<number>('staff.rowid');
  const fetched = await staffRowQuery(db)
    .where(staffFilters(db, args))
    .select(sql<string>`${column}`.as('sort_value'))
    .$if(after !== undefined, (qb) =>
      qb.where(
        sql<SqlBool>`(${column}, ${rowid}) ${sql.raw(args.order === 'desc' ? '<' : '>')} (${after!.value}, ${after!.rowid})`,
      ),
    )
    .orderBy(column, args.order)
    .orderBy(rowid, args.order)
    .limit(args.limit + 1)
    .execute();
  const page = pageOf(fetched, args.limit, sortKey, (row) => ({ value: row.sort_value, rowid: row.rowid }));
  const rows = page.rows.map(toStaffRow);
  if (!args.withTotal) return { rows, nextCursor: page.nextCursor };
  const { total } = await db
    .selectFrom('staff')
    .where(staffFilters(db, args))
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, nextCursor: page.nextCursor, total };
}

function staffFilters(db: Kysely<CacheSchema>, args: StaffPageArgs): Expression<SqlBool> {
  const eb = expressionBuilder<CacheSchema, 'staff'>();
  const conditions: Expression<SqlBool>[] = [eb('staff.status', '=', args.status)];
  if (args.departmentId !== undefined) {
    conditions.push(eb('staff.department_id', 'in', departmentSubtree(db, args.departmentId)));
  }
  if (args.titleLevel !== undefined) conditions.push(eb('staff.title_level', '=', args.titleLevel));
  if (args.search) conditions.push(staffMatches(args.search));
  return eb.and(conditions);
}
