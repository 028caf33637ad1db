import { expressionBuilder, sql, type AliasableExpression, type SqlBool } from 'kysely';
import { waitingOutboxStatuses, type CacheSchema } from '../cache/schema.ts';

/**
 * Whether a decision the server has not answered yet touches a row: lists flag such rows as
 * waiting (待同步). `rowId` is a reference to the row's key in the outer query.
 */
export function waitingOn(table: 'declarations' | 'staff', rowId: string): AliasableExpression<SqlBool> {
  const eb = expressionBuilder<CacheSchema, never>();
  return eb.exists(
    eb
      .selectFrom('outbox_targets as target')
      .innerJoin('outbox', 'outbox.mutation_id', 'target.mutation_id')
      .select(sql.lit(1).as('one'))
      .where('target.row_id', '=', sql.ref<string>(rowId))
      .where('target.table_name', '=', table)
      .where('outbox.status', 'in', waitingOutboxStatuses),
  );
}
