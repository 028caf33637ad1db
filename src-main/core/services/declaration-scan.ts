import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Scan } from '../../../src-shared/contract/index.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { CacheSchema } from '../cache/schema.ts';
import type { SyncEngine } from '../sync/index.ts';

/**
 * A declaration's scan as a data URL, which both Electron's CSP and the browser shell's allow for
 * images; the renderer renders a PDF from the same bytes with pdf.js. Kept scans work offline.
 */
export async function declarationScan(
  db: Kysely<CacheSchema>,
  engine: SyncEngine,
  declarationId: string,
): Promise<Scan> {
  const row = await db
    .selectFrom('declarations')
    .select('attachment_id')
    .where('id', '=', declarationId)
    .executeTakeFirst();
  if (!row) throw new CallFailure('NOT_FOUND', '申报记录不存在');
  if (!row.attachment_id) throw new CallFailure('NOT_FOUND', '该申报没有上传扫描件');
  const file = await engine.attachment(row.attachment_id);
  const bytes = await readFile(file.path);
  return {
    mediaType: file.mediaType,
    size: bytes.length,
    dataUrl: `data:${file.mediaType};base64,${bytes.toString('base64')}`,
  };
}
