import { randomUUID } from 'node:crypto';
import type { ServerContext } from '../../../../src-server/context.ts';
import type { DeclarationsTable, StaffTable } from '../../../../src-server/db/schema.ts';
import { allocateSeq } from '../../../../src-server/db/sequence.ts';
import { insertDeclaration, insertDepartment, insertStaff } from '../../../support/server-fixtures.ts';
import type { TestServer } from '../../../support/test-server.ts';
import { seedUnitAccount, type UnitAccount } from './desk.ts';

export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 8, 7, 6, 5, 4, 3, 2]);

/** A small unit on the server: two departments, staff, registrations to review and declarations. */
export interface UnitWorld extends UnitAccount {
  departments: { clinic: string; empty: string };
  staff: { zhang: StaffTable; li: StaffTable };
  registrations: { first: StaffTable; second: StaffTable };
  declarations: { withScan: DeclarationsTable; plain: DeclarationsTable; lastYear: DeclarationsTable };
}

export async function seedUnitWorld(server: TestServer): Promise<UnitWorld> {
  const { context } = server;
  const account = await seedUnitAccount(server);
  const unitId = account.unit.id;
  const clinic = await insertDepartment(context, unitId, { name: '内科' });
  const empty = await insertDepartment(context, unitId, { name: '外科' });
  const zhang = await insertStaff(context, unitId, { name: '张三', department_id: clinic.id });
  const li = await insertStaff(context, unitId, { name: '李四', department_id: clinic.id });
  const first = await insertStaff(context, unitId, {
    name: '王五',
    status: 'pending',
    department_id: clinic.id,
  });
  const second = await insertStaff(context, unitId, {
    name: '赵六',
    status: 'pending',
    department_id: clinic.id,
  });
  const scanId = await insertAttachment(context, unitId);
  const withScan = await insertDeclaration(context, zhang, {
    attachment_id: scanId,
    attachment_media_type: 'image/png',
    attachment_size: PNG.length,
  });
  const plain = await insertDeclaration(context, zhang, { title: '医学伦理' });
  const lastYear = await insertDeclaration(context, li, { year: 2025, title: '去年的课程' });
  return {
    ...account,
    departments: { clinic: clinic.id, empty: empty.id },
    staff: { zhang, li },
    registrations: { first, second },
    declarations: { withScan, plain, lastYear },
  };
}

async function insertAttachment(context: ServerContext, unitId: string): Promise<string> {
  const id = randomUUID();
  await context.db
    .insertInto('attachments')
    .values({
      id,
      unit_id: unitId,
      uploaded_by: 'test',
      file_name: '证明材料.png',
      media_type: 'image/png',
      size: PNG.length,
      sha256: 'not-checked',
      content: PNG,
      created_at: context.now().toISOString(),
    })
    .execute();
  return id;
}

/** A change made on the server by someone else: a new version and sequence number, as the API gives. */
export async function changeOnServer(
  context: ServerContext,
  table: 'declarations' | 'departments' | 'staff',
  id: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await context.db.transaction().execute(async (trx) => {
    const seq = await allocateSeq(trx);
    await trx
      .updateTable(table)
      .set((eb) => ({ ...changes, seq, version: eb('version', '+', 1) }) as never)
      .where('id', '=', id)
      .execute();
  });
}
