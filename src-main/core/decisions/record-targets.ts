import type Database from 'better-sqlite3';
import { syncedTables } from '../../../src-shared/contract/sync.ts';
import type { DecidedTable, MutationEffect, Target } from './effects/index.ts';

/** The SQL of a row's kept columns (and seq, which tells whether a pull replaced it since), as JSON. */
function beforeSql(table: DecidedTable, kept: readonly string[] | 'row' | 'none' | undefined): string {
  if (kept === undefined || kept === 'none') return 'null';
  const columns = kept === 'row' ? syncedTables[table] : [...new Set([...kept, 'seq'])];
  const pairs = columns.map((column) => `'${column}', row."${column}"`).join(', ');
  return `(select json_object(${pairs}) from "${table}" as row where row.id = target.value)`;
}

/**
 * Records the rows a decision touches, each with its columns as they are before the decision, in
 * one statement per table. Runs before the effect is applied, inside the decision's transaction.
 */
export function recordTargets(
  sqlite: Database.Database,
  mutationId: number,
  effect: Pick<MutationEffect<never>, 'before'>,
  targets: readonly Target[],
): void {
  const byTable = Map.groupBy(targets, (target) => target.table);
  for (const [table, rows] of byTable) {
    sqlite
      .prepare(
        `insert or ignore into outbox_targets (mutation_id, table_name, row_id, before)
         select ?, ?, target.value, ${beforeSql(table, effect.before[table])} from json_each(?) as target`,
      )
      .run(mutationId, table, JSON.stringify(rows.map((row) => row.rowId)));
  }
}
