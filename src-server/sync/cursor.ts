import { SYNC_SCHEMA_VERSION } from '../../src-shared/contract/sync.ts';
import { fieldError, HttpError } from '../http/http-error.ts';

/** A pull position: `<schema version>:<epoch>:<seq>`, opaque to clients. */
export function encodeCursor(epoch: string, seq: number): string {
  return `${SYNC_SCHEMA_VERSION}:${epoch}:${seq}`;
}

const CURSOR = /^(\d+):([^:]+):(\d+)$/;

export const resyncRequired = () =>
  new HttpError(409, 'RESYNC_REQUIRED', '服务器数据已更新，需要重新完整同步');

/**
 * The sequence number a cursor points at. A cursor of another schema version or epoch, or one ahead
 * of the server (its data set was replaced), can't be continued: the client pulls again from null.
 */
export function decodeCursor(cursor: string | null, current: { epoch: string; lastSeq: number }): number {
  if (cursor === null) return 0;
  const match = CURSOR.exec(cursor);
  if (!match) throw fieldError('cursor', '同步位置格式无效');
  const [, schemaVersion, epoch, seq] = match;
  if (Number(schemaVersion) !== SYNC_SCHEMA_VERSION || epoch !== current.epoch) throw resyncRequired();
  const position = Number(seq);
  if (position > current.lastSeq) throw resyncRequired();
  return position;
}
