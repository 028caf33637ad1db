import { randomUUID } from 'node:crypto';
import type { ServerContext } from '../../../../src-server/context.ts';
import type { DeclarationsTable, StaffTable } from '../../../../src-server/db/schema.ts';
import {
  insertDeclaration,
  insertDepartment,
  insertStaff,
  insertUnit,
  insertUnitAdmin,
  tokenFor,
} from '../../../support/server-fixtures.ts';

/** A unit with everything an administrator decides on, and its main administrator's session. */
export interface UnitWorld {
  unitId: string;
  adminId: string;
  token: string;
  departmentIds: string[];
  /** A department nobody works in (may be deleted). */
  emptyDepartmentId: string;
  approvedStaff: StaffTable[];
  pendingStaff: StaffTable[];
  pendingDeclarations: DeclarationsTable[];
  /** Attachments of pending declarations, with their content. */
  scans: Map<string, Uint8Array>;
}

export interface WorldSize {
  approved: number;
  pending: number;
  declarations: number;
}

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function insertScan(context: ServerContext, unitId: string, n: number): Promise<[string, Uint8Array]> {
  const content = Uint8Array.from([
    ...PNG_HEAD,
    ...Array.from({ length: 200 + n }, (_, i) => (i * 7 + n) % 256),
  ]);
  const id = randomUUID();
  await context.db
    .insertInto('attachments')
    .values({
      id,
      unit_id: unitId,
      uploaded_by: 'test',
      file_name: `证明材料${n}.png`,
      media_type: 'image/png',
      size: content.length,
      sha256: 'not-checked',
      content,
      created_at: new Date(Date.UTC(2026, 5, 1, 0, n)).toISOString(),
    })
    .execute();
  return [id, content];
}

/** Seeds a unit (and, beside it, another unit whose rows must never reach the client). */
export async function seedUnitWorld(
  context: ServerContext,
  size: WorldSize = { approved: 6, pending: 4, declarations: 10 },
): Promise<UnitWorld> {
  const unit = await insertUnit(context);
  const admin = await insertUnitAdmin(context, unit.id);
  const top = await insertDepartment(context, unit.id, { name: '内科' });
  const child = await insertDepartment(context, unit.id, { parent_id: top.id, name: '心内科' });
  const empty = await insertDepartment(context, unit.id, { name: '外科' });
  const approvedStaff: StaffTable[] = [];
  for (let i = 0; i < size.approved; i++) {
    approvedStaff.push(await insertStaff(context, unit.id, { department_id: i % 2 ? top.id : child.id }));
  }
  const pendingStaff: StaffTable[] = [];
  for (let i = 0; i < size.pending; i++) {
    pendingStaff.push(await insertStaff(context, unit.id, { status: 'pending', department_id: top.id }));
  }
  const scans = new Map<string, Uint8Array>();
  const pendingDeclarations: DeclarationsTable[] = [];
  for (let i = 0; i < size.declarations; i++) {
    const [scanId, content] = await insertScan(context, unit.id, i);
    scans.set(scanId, content);
    const owner = approvedStaff[i % approvedStaff.length]!;
    pendingDeclarations.push(
      await insertDeclaration(context, owner, {
        attachment_id: scanId,
        attachment_media_type: 'image/png',
        attachment_size: content.length,
        submitted_at: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString(),
      }),
    );
  }
  const other = await insertUnit(context);
  const stranger = await insertStaff(context, other.id);
  await insertDeclaration(context, stranger);
  const token = await tokenFor(context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });
  return {
    unitId: unit.id,
    adminId: admin.id,
    token,
    departmentIds: [top.id, child.id, empty.id],
    emptyDepartmentId: empty.id,
    approvedStaff,
    pendingStaff,
    pendingDeclarations,
    scans,
  };
}
