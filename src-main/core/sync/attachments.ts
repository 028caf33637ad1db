import type Database from 'better-sqlite3';
import { CallFailure } from '../api/call-failure.ts';
import { attachmentFolder, fileStem, type AttachmentFile } from './attachment-files.ts';
import { SyncError } from './errors.ts';
import type { SyncHttp } from './http-client.ts';

export interface AttachmentStoreOptions {
  dir: string;
  http: SyncHttp;
  /** Bytes the prefetched scans may take on disk. */
  budgetBytes: number;
  /** Downloads at once while prefetching. */
  concurrency?: number;
}

export interface PrefetchSummary {
  downloaded: number;
  bytes: number;
  failed: number;
}

interface Wanted {
  id: string;
  size: number;
}

/** Scans of pending declarations, newest first, as many as fit in the budget. */
function wantedScans(sqlite: Database.Database, budget: number): Wanted[] {
  const rows = sqlite
    .prepare<[], { id: string; size: number | null }>(
      `select attachment_id as id, attachment_size as size from declarations
       where status = 'pending' and attachment_id is not null order by submitted_at desc`,
    )
    .all();
  const wanted: Wanted[] = [];
  let total = 0;
  for (const row of rows) {
    const size = row.size ?? 0;
    if (total + size > budget) break;
    total += size;
    wanted.push({ id: row.id, size });
  }
  return wanted;
}

/** What the administrator is told when a scan can't be had. */
function asCallFailure(error: unknown): unknown {
  if (!(error instanceof SyncError)) return error;
  if (error.kind === 'offline') {
    return new CallFailure('UNAVAILABLE', '离线状态下无法查看尚未下载的附件，请联网后重试');
  }
  if (error.kind === 'unauthorized') return new CallFailure('UNAUTHENTICATED', error.message);
  if (error.status === 404) return new CallFailure('NOT_FOUND', '附件不存在');
  return new CallFailure('UNAVAILABLE', error.message);
}

/**
 * Scans and proofs on this PC: fetched on demand and kept, and prefetched for the pending
 * declarations (newest first, within a byte budget) so review works offline.
 */
export function createAttachmentStore(options: AttachmentStoreOptions) {
  const folder = attachmentFolder(options.dir);
  const inFlight = new Map<string, Promise<AttachmentFile>>();

  function download(id: string, signal?: AbortSignal): Promise<AttachmentFile> {
    let pending = inFlight.get(id);
    if (!pending) {
      pending = options.http
        .getFile(`/attachments/${encodeURIComponent(id)}`, signal)
        .then(({ bytes, mediaType }) => folder.save(id, mediaType, bytes))
        .finally(() => inFlight.delete(id));
      inFlight.set(id, pending);
    }
    return pending;
  }

  /** The attachment's file, from this PC if kept, else downloaded (and kept). */
  async function get(id: string): Promise<AttachmentFile> {
    const kept = folder.find(id);
    if (kept) return kept;
    try {
      return await download(id);
    } catch (error) {
      throw asCallFailure(error);
    }
  }

  async function prefetch(sqlite: Database.Database, signal?: AbortSignal): Promise<PrefetchSummary> {
    const wanted = wantedScans(sqlite, options.budgetBytes);
    const missing = wanted.filter((scan) => !folder.find(scan.id));
    const summary: PrefetchSummary = { downloaded: 0, bytes: 0, failed: 0 };
    const worker = async () => {
      for (let scan = missing.shift(); scan && !signal?.aborted; scan = missing.shift()) {
        try {
          summary.bytes += (await download(scan.id, signal)).size;
          summary.downloaded++;
        } catch {
          summary.failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 3 }, worker));
    folder.prune(new Set(wanted.map((scan) => fileStem(scan.id))), options.budgetBytes);
    return summary;
  }

  return { get, prefetch };
}
