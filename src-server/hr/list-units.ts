import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import type { Row } from '../db/schema.ts';
import { parseInput } from '../http/http-error.ts';

const listQuerySchema = z.object({
  status: z
    .enum(['pending', 'approved', 'rejected'], { error: '审核状态只能是 pending、approved 或 rejected' })
    .optional(),
  page: z.coerce.number({ error: '页码必须是数字' }).int('页码必须是整数').min(1, '页码从1开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数必须是数字' })
    .int('每页条数必须是整数')
    .min(1, '每页至少1条')
    .max(200, '每页最多200条')
    .default(50),
});

type Applicant = Pick<Row<'unit_admins'>, 'unit_id' | 'id_number' | 'name' | 'phone' | 'email'>;

/**
 * The units registered with an HR department, oldest first so the longest-waiting application is
 * reviewed first. Each carries its applicant (the main administrator) and its scan's id.
 */
export async function listDepartmentUnits(context: ServerContext, hrDepartmentCode: string, query: unknown) {
  const { status, page, pageSize } = parseInput(listQuerySchema, query);
  let scope = context.db.selectFrom('units').where('hr_department_code', '=', hrDepartmentCode);
  if (status) scope = scope.where('status', '=', status);
  const { total } = await scope
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const units = await scope
    .selectAll()
    .orderBy('registered_at')
    .orderBy('id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const applicants = await applicantsOf(
    context,
    units.map((unit) => unit.id),
  );
  return {
    total: Number(total),
    page,
    pageSize,
    units: units.map((unit) => unitView(unit, applicants.get(unit.id))),
  };
}

async function applicantsOf(context: ServerContext, unitIds: string[]): Promise<Map<string, Applicant>> {
  if (unitIds.length === 0) return new Map();
  const rows = await context.db
    .selectFrom('unit_admins')
    .select(['unit_id', 'id_number', 'name', 'phone', 'email'])
    .where('unit_id', 'in', unitIds)
    .where('role', '=', 'admin')
    .where('deleted', '=', 0)
    .execute();
  return new Map(rows.map((row) => [row.unit_id, row]));
}

function unitView(unit: Row<'units'>, applicant: Applicant | undefined) {
  return {
    id: unit.id,
    code: unit.code,
    codeKind: unit.code_kind,
    name: unit.name,
    regionCode: unit.region_code,
    natureCode: unit.nature_code,
    competentDepartment: unit.competent_department,
    hrDepartmentCode: unit.hr_department_code,
    affiliationCode: unit.affiliation_code,
    levelCode: unit.level_code,
    industryCode: unit.industry_code,
    address: unit.address,
    contactName: unit.contact_name,
    contactPhone: unit.contact_phone,
    status: unit.status,
    rejectReason: unit.reject_reason,
    scanAttachmentId: unit.scan_attachment_id,
    registeredAt: unit.registered_at,
    decidedAt: unit.decided_at,
    version: unit.version,
    applicant: applicant
      ? {
          idNumber: applicant.id_number,
          name: applicant.name,
          phone: applicant.phone,
          email: applicant.email,
        }
      : null,
  };
}
