import type { Kysely } from 'kysely';
import type { UnitInfo } from '../../../src-shared/contract/index.ts';
import { CallFailure } from '../api/call-failure.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { waitingOnRow } from './waiting-row.ts';

/** The unit as the cache has it (单位信息管理). */
export async function readUnitInfo(db: Kysely<CacheSchema>, unitId: string): Promise<UnitInfo> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst();
  if (!row) throw new CallFailure('NOT_FOUND', '单位信息尚未同步，请联网同步后再试');
  return {
    id: row.id,
    code: row.code,
    codeKind: row.code_kind,
    name: row.name,
    regionCode: row.region_code,
    natureCode: row.nature_code,
    competentDepartment: row.competent_department,
    hrDepartmentCode: row.hr_department_code,
    affiliationCode: row.affiliation_code,
    levelCode: row.level_code,
    industryCode: row.industry_code,
    address: row.address,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    status: row.status,
    version: row.version,
    waiting: await waitingOnRow(db, 'units', row.id),
  };
}
