import { z } from 'zod';
import { checkUnitCode } from '../../src-shared/domain/unit-code.ts';
import { writeAudit } from '../audit.ts';
import { isoNow, type ServerContext } from '../context.ts';
import type { Row } from '../db/schema.ts';
import { allocateSeq } from '../db/sequence.ts';
import { fieldError, HttpError, notFound, parseInput } from '../http/http-error.ts';
import { queueMail } from '../mail/outbox.ts';
import { requiredText } from '../registration/fields.ts';
import { liveUnitsWithCode } from '../registration/unit-code-lookup.ts';
import { unitApprovedMail, unitRejectedMail } from './unit-mail.ts';

export type UnitDecision = { kind: 'approve' } | { kind: 'reject'; reason: string };

/** Who decides: an HR administrator (only for their department's units) or an operator at the CLI. */
export interface Decider {
  actorKind: 'hr_admin' | 'system';
  actorId: string;
  address: string;
  /** null for the CLI, which may decide for any department. */
  hrDepartmentCode: string | null;
}

export interface DecidedUnit {
  unitId: string;
  code: string;
  name: string;
  status: 'approved' | 'rejected';
  decidedAt: string;
  version: number;
}

export const rejectionSchema = z.object({ reason: requiredText('驳回原因', 500) }).strict();

export const parseRejection = (body: unknown): UnitDecision => ({
  kind: 'reject',
  reason: parseInput(rejectionSchema, body).reason,
});

const alreadyDecided = () => new HttpError(409, 'ALREADY_DECIDED', '该单位已审核，不能重复操作');

/**
 * Approves or rejects a pending unit. The status change, the e-mail to the applicant and the audit
 * entry commit together: no mail for a decision that rolled back, no decision without its mail.
 */
export async function decideUnit(
  context: ServerContext,
  unitId: string,
  decision: UnitDecision,
  decider: Decider,
): Promise<DecidedUnit> {
  return context.db.transaction().execute(async (trx) => {
    const scoped = { ...context, db: trx };
    const unit = await unitInScope(scoped, unitId, decider);
    await notifyApplicant(scoped, unit, decision);
    // Last of the writes but the audit entry: it takes the sequence counter's lock until commit.
    const decided = await applyDecision(scoped, unit, decision);
    await writeAudit(trx, {
      at: decided.decidedAt,
      actorKind: decider.actorKind,
      actorId: decider.actorId,
      unitId: unit.id,
      action: `hr.units.${decision.kind}`,
      target: unit.id,
      details: decision,
      address: decider.address,
    });
    return decided;
  });
}

/** Another department's unit answers 404, exactly like a unit that doesn't exist. */
async function unitInScope(context: ServerContext, unitId: string, decider: Decider): Promise<Row<'units'>> {
  let query = context.db.selectFrom('units').selectAll().where('id', '=', unitId);
  if (decider.hrDepartmentCode !== null)
    query = query.where('hr_department_code', '=', decider.hrDepartmentCode);
  const unit = await query.executeTakeFirst();
  if (!unit) throw notFound('单位不存在');
  if (unit.status !== 'pending') throw alreadyDecided();
  return unit;
}

/** Mails the unit's main administrator; units registered through the API always have one. */
async function notifyApplicant(
  context: ServerContext,
  unit: Row<'units'>,
  decision: UnitDecision,
): Promise<void> {
  const admin = await context.db
    .selectFrom('unit_admins')
    .select(['name', 'email'])
    .where('unit_id', '=', unit.id)
    .where('role', '=', 'admin')
    .where('deleted', '=', 0)
    .orderBy('created_at')
    .executeTakeFirst();
  // Demo or imported units may have no administrator yet: the decision stands without a mail.
  if (!admin) return;
  const mail =
    decision.kind === 'approve'
      ? unitApprovedMail(unit, admin, context.config.publicUrl)
      : unitRejectedMail(unit, admin, decision.reason);
  await queueMail(context.db, mail, context.now());
}

async function applyDecision(
  context: ServerContext,
  unit: Row<'units'>,
  decision: UnitDecision,
): Promise<DecidedUnit> {
  const decidedAt = isoNow(context);
  const status = decision.kind === 'approve' ? 'approved' : 'rejected';
  const seq = await allocateSeq(context.db);
  const updated = await context.db
    .updateTable('units')
    .set({
      status,
      reject_reason: decision.kind === 'reject' ? decision.reason : null,
      decided_at: decidedAt,
      version: unit.version + 1,
      seq,
    })
    .where('id', '=', unit.id)
    .where('version', '=', unit.version)
    .executeTakeFirst();
  // Two reviewers deciding at once: the second finds the version moved on.
  if (Number(updated.numUpdatedRows) === 0) throw alreadyDecided();
  return { unitId: unit.id, code: unit.code, name: unit.name, status, decidedAt, version: unit.version + 1 };
}

/** `npm run server -- approve-unit <code>`: approval by an operator, e.g. before HR accounts exist. */
export async function approveUnitByCode(context: ServerContext, code: string): Promise<DecidedUnit> {
  const check = checkUnitCode(code);
  if (!check.ok) throw fieldError('code', check.message);
  const unit = await liveUnitsWithCode(context.db, check).where('status', '=', 'pending').executeTakeFirst();
  if (!unit) throw notFound(`没有单位代码为 ${check.value} 的待审核单位`);
  return decideUnit(
    context,
    unit.id,
    { kind: 'approve' },
    { actorKind: 'system', actorId: 'cli', address: 'cli', hrDepartmentCode: null },
  );
}
