import type Database from 'better-sqlite3';
import type { MutationEffect } from '../decisions/effects/index.ts';
import { mutationEffects } from '../decisions/effects/index.ts';
import { clientIdOf, WAITING, waitingEntries } from './outbox.ts';

/**
 * Applies the effects of the decisions the server has not answered yet again, oldest first, so that
 * rows a pull (or an undone decision) just rewrote never hide them. Each effect changes only rows it
 * still fits, so a decision the server already applied, or one the server's row has moved past, is
 * left alone.
 */
export function reapplyWaiting(sqlite: Database.Database, adminId: string): void {
  const clientId = clientIdOf(sqlite);
  for (const entry of waitingEntries(sqlite)) {
    const effect = mutationEffects[entry.name] as MutationEffect<never> | undefined;
    effect?.apply(sqlite, JSON.parse(entry.args) as never, {
      mutationId: entry.mutationId,
      decidedAt: entry.createdAt,
      adminId,
      clientId,
      baseVersion: entry.baseVersion,
    });
  }
}

const DECIDED_TABLES = ['units', 'unit_admins', 'departments', 'staff', 'declarations', 'certificates'];

/**
 * Once a pull has caught up, answered decisions need their targets no more: rows they created locally
 * (seq 0) that the server did not keep under the same id go (the server's own rows have arrived by
 * now), and so do the targets themselves.
 */
export function dropAnsweredTargets(sqlite: Database.Database): void {
  const answered = `select row_id from outbox_targets where table_name = ? and mutation_id not in
    (select mutation_id from outbox where status in ${WAITING})`;
  const stillWaiting = `select row_id from outbox_targets where table_name = ? and mutation_id in
    (select mutation_id from outbox where status in ${WAITING})`;
  for (const table of DECIDED_TABLES) {
    sqlite
      .prepare(`delete from "${table}" where seq = 0 and id in (${answered}) and id not in (${stillWaiting})`)
      .run(table, table);
  }
  sqlite.exec(
    `delete from outbox_targets where mutation_id not in (select mutation_id from outbox where status in ${WAITING})`,
  );
}
