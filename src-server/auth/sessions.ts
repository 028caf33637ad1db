import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { SubjectKind } from '../db/schema.ts';
import { isoNow, type ServerContext } from '../context.ts';
import type { Caller } from './caller.ts';

export interface SessionSubject {
  kind: SubjectKind;
  id: string;
  unitId: string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a random bearer token; only its hash is stored, so a leaked table grants nothing. */
export async function createSession(
  context: ServerContext,
  subject: SessionSubject,
  address: string,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(
    context.now().getTime() + context.config.sessionTtlHours * 3_600_000,
  ).toISOString();
  await context.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      subject_kind: subject.kind,
      subject_id: subject.id,
      unit_id: subject.unitId,
      created_at: isoNow(context),
      expires_at: expiresAt,
      address,
    })
    .execute();
  return { token, expiresAt };
}

export async function revokeSession(context: ServerContext, tokenHash: string): Promise<void> {
  await context.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Ends every session of a subject, e.g. after a password change or when staff leave. */
export async function revokeSessionsOf(context: ServerContext, kind: SubjectKind, id: string): Promise<void> {
  await context.db
    .deleteFrom('sessions')
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', id)
    .execute();
}

/** Sets `request.caller` from the bearer token; an unknown or expired token leaves it null. */
export async function resolveCaller(context: ServerContext, request: FastifyRequest): Promise<void> {
  request.caller = null;
  request.sessionTokenHash = null;
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!token) return;
  const tokenHash = hashToken(token);
  request.caller = await sessionCaller(context, tokenHash);
  request.sessionTokenHash = request.caller ? tokenHash : null;
}

/**
 * The caller behind a live session, in one statement (every signed-in request runs it): the session
 * joined to its subject's row, which must still be allowed in (approved staff; an active, undeleted
 * administrator of an approved unit; an HR administrator).
 */
async function sessionCaller(context: ServerContext, tokenHash: string): Promise<Caller | null> {
  const row = await context.db
    .selectFrom('sessions')
    .leftJoin('staff', (join) =>
      join
        .onRef('staff.id', '=', 'sessions.subject_id')
        .on('sessions.subject_kind', '=', 'staff')
        .on('staff.status', '=', 'approved'),
    )
    .leftJoin('unit_admins', (join) =>
      join
        .onRef('unit_admins.id', '=', 'sessions.subject_id')
        .on('sessions.subject_kind', '=', 'unit_admin')
        .on('unit_admins.status', '=', 'active')
        .on('unit_admins.deleted', '=', 0),
    )
    .leftJoin('units', (join) =>
      join.onRef('units.id', '=', 'unit_admins.unit_id').on('units.status', '=', 'approved'),
    )
    .leftJoin('hr_admins', (join) =>
      join.onRef('hr_admins.id', '=', 'sessions.subject_id').on('sessions.subject_kind', '=', 'hr_admin'),
    )
    .select([
      'sessions.subject_kind',
      'staff.id as staffId',
      'staff.unit_id as staffUnitId',
      'unit_admins.id as adminId',
      'unit_admins.role',
      'unit_admins.permissions',
      'units.id as adminUnitId',
      'hr_admins.id as hrAdminId',
      'hr_admins.hr_department_code',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', isoNow(context))
    .executeTakeFirst();
  if (!row) return null;
  if (row.subject_kind === 'staff') {
    return row.staffId && row.staffUnitId
      ? { kind: 'staff', staffId: row.staffId, unitId: row.staffUnitId }
      : null;
  }
  if (row.subject_kind === 'unit_admin') {
    if (!row.adminId || !row.adminUnitId || !row.role || row.permissions === null) return null;
    const permissions = JSON.parse(row.permissions) as string[];
    return { kind: 'unit_admin', adminId: row.adminId, unitId: row.adminUnitId, role: row.role, permissions };
  }
  return row.hrAdminId && row.hr_department_code
    ? { kind: 'hr_admin', hrAdminId: row.hrAdminId, hrDepartmentCode: row.hr_department_code }
    : null;
}
