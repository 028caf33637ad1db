import type Database from 'better-sqlite3';
import type { MutationName } from '../../../src-shared/contract/sync.ts';

/** A decision waiting to be pushed (or to be answered), as the outbox holds it. */
export interface OutboxEntry {
  mutationId: number;
  name: MutationName;
  /** The arguments as JSON text, sent as they are. */
  args: string;
  baseVersion: number | null;
  createdAt: string;
}

export const WAITING = "('queued', 'sent')";

interface OutboxRow {
  mutation_id: number;
  name: MutationName;
  args: string;
  base_version: number | null;
  created_at: string;
}

const entryOf = (row: OutboxRow): OutboxEntry => ({
  mutationId: row.mutation_id,
  name: row.name,
  args: row.args,
  baseVersion: row.base_version,
  createdAt: row.created_at,
});

/** Every waiting decision, oldest first. */
export function waitingEntries(sqlite: Database.Database, limit = -1): OutboxEntry[] {
  return sqlite
    .prepare<[number], OutboxRow>(
      `select mutation_id, name, args, base_version, created_at from outbox
       where status in ${WAITING} order by mutation_id limit ?`,
    )
    .all(limit)
    .map(entryOf);
}

/**
 * The next push: the oldest waiting decisions, at most `maxMutations` of them and, past the first,
 * no more than `maxBytes` of arguments (the server takes a few MiB per request).
 */
export function nextPushBatch(
  sqlite: Database.Database,
  maxMutations: number,
  maxBytes: number,
): OutboxEntry[] {
  const batch: OutboxEntry[] = [];
  let bytes = 0;
  for (const entry of waitingEntries(sqlite, maxMutations)) {
    bytes += Buffer.byteLength(entry.args);
    if (batch.length > 0 && bytes > maxBytes) break;
    batch.push(entry);
  }
  return batch;
}

/** Sent decisions may have been applied: from now on the server is asked, never assumed. */
export function markSent(sqlite: Database.Database, batch: readonly OutboxEntry[]): void {
  const mark = sqlite.prepare<[number]>(
    "update outbox set status = 'sent' where mutation_id = ? and status = 'queued'",
  );
  sqlite.transaction(() => {
    for (const entry of batch) mark.run(entry.mutationId);
  })();
}

/** The push request's JSON, built around the stored argument texts. */
export function pushBody(clientId: string, batch: readonly OutboxEntry[]): string {
  const mutations = batch.map((entry) => {
    const base = entry.baseVersion === null ? '' : `,"baseVersion":${entry.baseVersion}`;
    return `{"mutationId":${entry.mutationId},"name":${JSON.stringify(entry.name)},"args":${entry.args}${base}}`;
  });
  return `{"clientId":${JSON.stringify(clientId)},"mutations":[${mutations.join(',')}]}`;
}

/** How many of a pushed batch the server's answer left without a result. */
export function unanswered(sqlite: Database.Database, batch: readonly OutboxEntry[]): number {
  const ids = JSON.stringify(batch.map((entry) => entry.mutationId));
  return sqlite
    .prepare<[string], { n: number }>(
      `select count(*) as n from outbox where mutation_id in (select value from json_each(?)) and status in ${WAITING}`,
    )
    .get(ids)!.n;
}

export function waitingCount(sqlite: Database.Database): number {
  return sqlite
    .prepare<[], { n: number }>(`select count(*) as n from outbox where status in ${WAITING}`)
    .get()!.n;
}

export function openConflictCount(sqlite: Database.Database): number {
  return sqlite.prepare<[], { n: number }>("select count(*) as n from conflicts where status = 'open'").get()!
    .n;
}

export function clientIdOf(sqlite: Database.Database): string {
  return sqlite.prepare<[], { client_id: string }>('select client_id from sync_meta where id = 1').get()!
    .client_id;
}
