import type Database from 'better-sqlite3';
import type { UnitPermission } from '../../../src-shared/domain/unit-permissions.ts';
import { refused } from './refusal.ts';

interface AdminRow {
  role: string;
  permissions: string;
}

function adminOf(sqlite: Database.Database, adminId: string): AdminRow | undefined {
  return sqlite
    .prepare<[string], AdminRow>('select role, permissions from unit_admins where id = ?')
    .get(adminId);
}

/**
 * Refuses what the signed-in administrator may not do, as the server would. Before the first sync
 * the cache does not know the administrator yet, and the server decides alone.
 */
export function requirePermission(
  sqlite: Database.Database,
  adminId: string,
  permission: UnitPermission | 'mainAdmin',
): void {
  const admin = adminOf(sqlite, adminId);
  if (!admin || admin.role === 'admin') return;
  if (permission === 'mainAdmin') throw refused('只有单位主管理员可以管理管理人员', 'FORBIDDEN');
  const granted = JSON.parse(admin.permissions) as string[];
  if (!granted.includes(permission)) throw refused('当前管理人员没有此项操作权限', 'FORBIDDEN');
}
