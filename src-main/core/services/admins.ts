import type { Kysely } from 'kysely';
import { unitPermissionCodes } from '../../../src-shared/domain/unit-permissions.ts';
import type { Admin, Profile, Session } from '../../../src-shared/contract/index.ts';
import type { CacheRow, CacheSchema } from '../cache/schema.ts';
import { waitingRowsOf } from './waiting-row.ts';

/** 管理人员管理: the unit's administrators, the main one first, then by name. */
export async function listAdmins(db: Kysely<CacheSchema>): Promise<Admin[]> {
  const [rows, waiting] = await Promise.all([
    db.selectFrom('unit_admins').selectAll().orderBy('role').orderBy('name').execute(),
    waitingRowsOf(db, 'unit_admins'),
  ]);
  return rows.map((row) => adminOf(row, waiting.has(row.id)));
}

/**
 * 个人基本信息维护: the logged-in administrator as last synced; right after a first log-in, before the
 * first sync, what the log-in told.
 */
export async function readProfile(db: Kysely<CacheSchema>, session: Session): Promise<Profile> {
  const unit = { unitName: session.unit.name, unitCode: session.unit.code };
  const row = await db
    .selectFrom('unit_admins')
    .selectAll()
    .where('id', '=', session.admin.id)
    .executeTakeFirst();
  const waiting = await waitingRowsOf(db, 'unit_admins');
  if (row) return { ...adminOf(row, waiting.has(row.id)), ...unit };
  const { id, idNumber, name, role, permissions } = session.admin;
  return {
    id,
    idNumber,
    name,
    role,
    permissions,
    phone: '',
    email: '',
    status: 'active',
    version: 0,
    waiting: false,
    ...unit,
  };
}

function adminOf(row: CacheRow<'unit_admins'>, waiting: boolean): Admin {
  const role = row.role === 'admin' ? 'admin' : 'sub';
  return {
    id: row.id,
    idNumber: row.id_number,
    name: row.name,
    phone: row.phone,
    email: row.email,
    role,
    permissions: role === 'admin' ? [...unitPermissionCodes] : permissionsOf(row.permissions),
    status: row.status === 'disabled' ? 'disabled' : 'active',
    version: row.version,
    waiting,
  };
}

function permissionsOf(json: string): Admin['permissions'] {
  const codes = JSON.parse(json) as unknown;
  const known = unitPermissionCodes as readonly string[];
  return Array.isArray(codes)
    ? (codes.filter((code) => known.includes(code as string)) as Admin['permissions'])
    : [];
}
