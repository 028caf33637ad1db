import type { ServerContext } from '../context.ts';
import { notFound } from '../http/http-error.ts';

/**
 * The registration scan of a unit of the caller's HR department: the reviewer compares it with the
 * form before approving. Any other unit answers 404.
 */
export async function unitScanOf(context: ServerContext, hrDepartmentCode: string, unitId: string) {
  const scan = await context.db
    .selectFrom('units')
    .innerJoin('attachments', 'attachments.id', 'units.scan_attachment_id')
    .select(['attachments.media_type', 'attachments.content', 'attachments.file_name'])
    .where('units.id', '=', unitId)
    .where('units.hr_department_code', '=', hrDepartmentCode)
    .executeTakeFirst();
  if (!scan) throw notFound('扫描件不存在');
  return { mediaType: scan.media_type, content: Buffer.from(scan.content), fileName: scan.file_name };
}
