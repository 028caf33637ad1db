import type { FastifyRequest } from 'fastify';
import type { UnitPermission } from '../../src-shared/domain/unit-permissions.ts';
import { forbidden, unauthenticated } from '../http/http-error.ts';

/** Who is calling, resolved from the session token; every query is scoped by it. */
export type Caller =
  | { kind: 'staff'; staffId: string; unitId: string }
  | {
      kind: 'unit_admin';
      adminId: string;
      unitId: string;
      role: 'admin' | 'sub';
      permissions: readonly string[];
    }
  | { kind: 'hr_admin'; hrAdminId: string; hrDepartmentCode: string };

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
    sessionTokenHash: string | null;
  }
}

export function requireCaller<K extends Caller['kind']>(
  request: FastifyRequest,
  ...kinds: K[]
): Extract<Caller, { kind: K }> {
  const { caller } = request;
  if (!caller) throw unauthenticated('登录已过期或未登录，请重新登录');
  if (!(kinds as string[]).includes(caller.kind)) throw forbidden('当前账号无权访问此功能');
  return caller as Extract<Caller, { kind: K }>;
}

export function requireUnitPermission(request: FastifyRequest, permission: UnitPermission) {
  const caller = requireCaller(request, 'unit_admin');
  if (caller.role === 'admin' || caller.permissions.includes(permission)) return caller;
  throw forbidden('当前管理人员没有此项操作权限');
}
