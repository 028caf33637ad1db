import type { Kysely } from 'kysely';
import type { ByIdArgs, DeclarationDetail } from '../../../src-shared/contract/queries.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { declarationRowQuery, toDeclarationRow } from './declaration-rows.ts';

/** One declaration with everything the review dialog shows. */
export async function declarationDetail(
  db: Kysely<CacheSchema>,
  { id }: ByIdArgs,
): Promise<DeclarationDetail> {
  const row = await declarationRowQuery(db)
    .select([
      'declarations.fields',
      'declarations.remarks',
      'declarations.attachment_id',
      'declarations.attachment_media_type',
      'declarations.attachment_size',
      'declarations.reject_reason',
      'declarations.activity_id',
      'declarations.decided_at',
      'declarations.decided_by',
      'declarations.version',
    ])
    .where('declarations.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new CallFailure('NOT_FOUND', '申报记录不存在');
  return {
    ...toDeclarationRow(row),
    departmentId: row.department_id,
    fields: parseFields(row.fields),
    remarks: row.remarks,
    attachment:
      row.attachment_id === null
        ? null
        : { id: row.attachment_id, mediaType: row.attachment_media_type, size: row.attachment_size },
    rejectReason: row.reject_reason,
    activityId: row.activity_id,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    version: row.version,
  };
}

/** The server stores the fields as a JSON object; anything else shows as no fields. */
function parseFields(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
