import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import {
  SYNC_SCHEMA_VERSION,
  type pullRequestSchema,
  type PullResponse,
} from '../../src-shared/contract/sync.ts';
import type { ServerContext } from '../context.ts';
import type { ServerDatabase } from '../db/schema.ts';
import { syncEpoch } from '../db/sequence.ts';
import { tombstoneIds, writeColumnBlock, type BlockRange } from './column-block.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { feedCondition, feedTables, type FeedTable } from './feed-tables.ts';
import { pageBound, type FeedSpan } from './page-bound.ts';

export type PullInput = z.output<typeof pullRequestSchema>;

/** Each feed table's span after `after`, in one statement of two index seeks per table. */
async function feedSpans(db: Kysely<ServerDatabase>, unitId: string, after: number): Promise<FeedSpan[]> {
  const reads = feedTables.map((table, i) => {
    const rows = sql`from ${sql.table(table.name)} where ${feedCondition(table, unitId, { after })}`;
    return sql`select ${sql.lit(i)} as feed_table,
      (select min(seq) ${rows}) as first_seq, (select max(seq) ${rows}) as last_seq`;
  });
  const { rows } = await sql<{
    feed_table: number;
    first_seq: number | null;
    last_seq: number | null;
  }>`${sql.join(reads, sql` union all `)}`.execute(db);
  const seq = (value: number | null) => (value === null ? null : Number(value));
  const spans = feedTables.map((): FeedSpan => ({ first: null, last: null }));
  for (const row of rows) {
    spans[Number(row.feed_table)] = { first: seq(row.first_seq), last: seq(row.last_seq) };
  }
  return spans;
}

/**
 * The seqs at positions `limit` and `limit + 1` of the feed after `after` of the given tables (fewer
 * when it is shorter). Both engines merge the tables' `(…, seq)` index scans in order and stop there,
 * so no seq before them is handed over, however long the page; tables without changes are left out
 * of the merge, which for a unit's first sync is mostly a single index scan.
 */
async function seqsAt(
  db: Kysely<ServerDatabase>,
  tables: readonly FeedTable[],
  unitId: string,
  after: number,
  limit: number,
): Promise<number[]> {
  if (tables.length === 0) return [];
  const reads = tables.map(
    (table) => sql`select seq from ${sql.table(table.name)} where ${feedCondition(table, unitId, { after })}`,
  );
  const { rows } = await sql<{ seq: number }>`${sql.join(reads, sql` union all `)}
    order by seq limit 2 offset ${limit - 1}`.execute(db);
  return rows.map((row) => Number(row.seq));
}

async function changesAfter(
  db: Kysely<ServerDatabase>,
  table: FeedTable,
  unitId: string,
  after: number,
): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`
    select count(*) as n from ${sql.table(table.name)}
    where ${feedCondition(table, unitId, { after })}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** What reading the feed needs: a connection (the server's, or the pull worker's own). */
export type FeedReader = Pick<ServerContext, 'db' | 'dialect'>;

/** Writes the tables' column blocks (`"<table>":<block>`, comma-separated) and returns their tombstones. */
async function writeBlocks(
  context: FeedReader,
  tables: readonly FeedTable[],
  range: BlockRange,
  write: (piece: Uint8Array) => void,
): Promise<PullResponse['tombstones']> {
  const tombstones: PullResponse['tombstones'] = {};
  let any = false;
  for (const table of tables) {
    const prefix = `${any ? ',' : ''}${JSON.stringify(table.name)}:`;
    if (await writeColumnBlock(context, table, range, prefix, write)) any = true;
    if (!table.hasTombstones) continue;
    const ids = await tombstoneIds(context.db, table, range);
    if (ids.length > 0) tombstones[table.name] = ids;
  }
  return tombstones;
}

/**
 * One page of a unit's change feed: a PullResponse as UTF-8 JSON, handed to `write` in pieces as it
 * is read (joining megabytes of column arrays would only copy them, and the pull worker compresses
 * and releases each column's array as it comes). Only a page is ever held in memory. The page's end
 * is fixed first from the seqs alone (cheap index-only reads); every change at or below it has
 * committed by then, because seqs become visible in order, so reading the rows afterwards, table by
 * table, can't miss one.
 */
export async function pullPage(
  context: FeedReader,
  unitId: string,
  input: PullInput,
  write: (piece: Uint8Array) => void,
): Promise<void> {
  const { db } = context;
  const state = await syncEpoch(db);
  const after = decodeCursor(input.cursor, state);
  const spans = await feedSpans(db, unitId, after);
  const changed = feedTables.filter((_, i) => spans[i]!.last !== null);
  const ends = await seqsAt(db, changed, unitId, after, input.limit);
  const bound = pageBound(spans, ends);
  const upTo = bound?.upTo ?? after;
  const withRows = feedTables.filter((_, i) => (spans[i]!.first ?? Infinity) <= upTo);
  const head: Omit<PullResponse, 'tables' | 'tombstones'> = {
    schemaVersion: SYNC_SCHEMA_VERSION,
    cursor: encodeCursor(state.epoch, upTo),
    hasMore: bound?.hasMore ?? false,
  };
  if (input.withRemaining) {
    head.remaining = 0;
    for (const table of feedTables) head.remaining += await changesAfter(db, table, unitId, upTo);
  }
  write(Buffer.from(`${JSON.stringify(head).slice(0, -1)},"tables":{`));
  const tombstones = await writeBlocks(context, withRows, { unitId, after, upTo }, write);
  write(Buffer.from(`},"tombstones":${JSON.stringify(tombstones)}}`));
}
