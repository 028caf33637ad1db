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
  const session = await context.db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', isoNow(context))
    .executeTakeFirst();
  if (!session) return;
  request.caller = await callerOf(context, session.subject_kind, session.subject_id);
  request.sessionTokenHash = request.caller ? tokenHash : null;
}

async function callerOf(context: ServerContext, kind: SubjectKind, id: string): Promise<Caller | null> {
  const { db } = context;
  if (kind === 'staff') {
    const staff = await db
      .selectFrom('staff')
      .select(['id', 'unit_id'])
      .where('id', '=', id)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    return staff ? { kind, staffId: staff.id, unitId: staff.unit_id } : null;
  }
  if (kind === 'unit_admin') {
    const admin = await db
      .selectFrom('unit_admins')
      .innerJoin('units', 'units.id', 'unit_admins.unit_id')
      .select(['unit_admins.id', 'unit_admins.unit_id', 'unit_admins.role', 'unit_admins.permissions'])
      .where('unit_admins.id', '=', id)
      .where('unit_admins.status', '=', 'active')
      .where('unit_admins.deleted', '=', 0)
      .where('units.status', '=', 'approved')
      .executeTakeFirst();
    if (!admin) return null;
    const permissions = JSON.parse(admin.permissions) as string[];
    return { kind, adminId: admin.id, unitId: admin.unit_id, role: admin.role, permissions };
  }
  const hrAdmin = await db
    .selectFrom('hr_admins')
    .select(['id', 'hr_department_code'])
    .where('id', '=', id)
    .executeTakeFirst();
  return hrAdmin ? { kind, hrAdminId: hrAdmin.id, hrDepartmentCode: hrAdmin.hr_department_code } : null;
}
