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
import { columnBlock, tombstoneIds, type BlockRange } from './column-block.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { feedCondition, feedTables, type FeedTable } from './feed-tables.ts';
import { pageBound } from './page-bound.ts';

export type PullInput = z.output<typeof pullRequestSchema>;

/**
 * The seqs after `after` of every feed table, at most `count` of each, ascending: one statement (a
 * `union all` of one ordered, limited read per table) rather than one round trip per table.
 */
async function seqsAfter(
  db: Kysely<ServerDatabase>,
  unitId: string,
  after: number,
  count: number,
): Promise<number[][]> {
  const reads = feedTables.map(
    (table, i) => sql`select * from (
      select ${sql.lit(i)} as feed_table, seq from ${sql.table(table.name)}
      where ${feedCondition(table, unitId, { after })}
      order by seq limit ${count}) as ${sql.ref(`t${i}`)}`,
  );
  const { rows } = await sql<{
    feed_table: number;
    seq: number;
  }>`${sql.join(reads, sql` union all `)}`.execute(db);
  const lists = feedTables.map((): number[] => []);
  for (const row of rows) lists[Number(row.feed_table)]!.push(Number(row.seq));
  // A union keeps no order of its own; each list is sorted (it usually already is) for pageBound.
  for (const list of lists) list.sort((a, b) => a - b);
  return lists;
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

interface PageParts {
  /** `"<table>":<column block>` entries, comma-separated, as UTF-8 pieces. */
  blocks: Uint8Array[];
  tombstones: PullResponse['tombstones'];
}

/** What reading the feed needs: a connection (the server's, or the pull worker's own). */
export type FeedReader = Pick<ServerContext, 'db' | 'dialect'>;

async function readPage(
  context: FeedReader,
  tables: readonly FeedTable[],
  range: BlockRange,
): Promise<PageParts> {
  const parts: PageParts = { blocks: [], tombstones: {} };
  for (const table of tables) {
    const block = await columnBlock(context, table, range);
    const separator = parts.blocks.length > 0 ? ',' : '';
    if (block !== null)
      parts.blocks.push(Buffer.from(`${separator}${JSON.stringify(table.name)}:`), ...block);
    if (!table.hasTombstones) continue;
    const ids = await tombstoneIds(context.db, table, range);
    if (ids.length > 0) parts.tombstones[table.name] = ids;
  }
  return parts;
}

/**
 * One page of a unit's change feed: a PullResponse as UTF-8 JSON, in pieces to be sent one after
 * another (joining megabytes of column arrays would only copy them). Only a page is ever held in
 * memory. The page's end is fixed first from the seqs alone (cheap index-only reads); every change at
 * or below it has committed by then, because seqs become visible in order, so reading the rows
 * afterwards, table by table, can't miss one.
 */
export async function pullPage(context: FeedReader, unitId: string, input: PullInput): Promise<Uint8Array[]> {
  const { db } = context;
  const state = await syncEpoch(db);
  const after = decodeCursor(input.cursor, state);
  const seqLists = await seqsAfter(db, unitId, after, input.limit + 1);
  const bound = pageBound(seqLists, input.limit);
  const upTo = bound?.upTo ?? after;
  const withRows = feedTables.filter((_, i) => (seqLists[i]![0] ?? Infinity) <= upTo);
  const parts = await readPage(context, withRows, { unitId, after, upTo });
  const head: Omit<PullResponse, 'tables' | 'tombstones'> = {
    schemaVersion: SYNC_SCHEMA_VERSION,
    cursor: encodeCursor(state.epoch, upTo),
    hasMore: bound?.hasMore ?? false,
  };
  if (input.withRemaining) {
    head.remaining = 0;
    for (const table of feedTables) head.remaining += await changesAfter(db, table, unitId, upTo);
  }
  const opening = `${JSON.stringify(head).slice(0, -1)},"tables":{`;
  const closing = `},"tombstones":${JSON.stringify(parts.tombstones)}}`;
  return [Buffer.from(opening), ...parts.blocks, Buffer.from(closing)];
}
