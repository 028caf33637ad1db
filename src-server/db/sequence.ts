import type { Kysely } from 'kysely';
import type { ServerDatabase } from './schema.ts';

/**
 * Reserves `count` consecutive change sequence numbers and returns the first. Must run inside the
 * transaction that writes the rows: the counter row stays locked until commit, so sequence numbers
 * become visible in order and a pull never skips a change committed late.
 */
export async function allocateSeq(trx: Kysely<ServerDatabase>, count = 1): Promise<number> {
  const { last_seq } = await trx
    .updateTable('sync_state')
    .set((eb) => ({ last_seq: eb('last_seq', '+', count) }))
    .where('id', '=', 1)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return last_seq - count + 1;
}

export async function syncEpoch(db: Kysely<ServerDatabase>): Promise<{ epoch: string; lastSeq: number }> {
  const row = await db
    .selectFrom('sync_state')
    .select(['epoch', 'last_seq'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { epoch: row.epoch, lastSeq: row.last_seq };
}
