import { batches, rowsInStatus } from './cached-rows.ts';
import { decide, type DecisionContext, type DecisionResult } from './decide.ts';
import { requirePermission } from './permissions.ts';
import { refused } from './refusal.ts';

const NO_PENDING_REGISTRATION = '所选注册申请均已不是待审核状态';
const NO_PENDING_DECLARATION = '所选申报均已不是待审核状态';

function pendingStaff(context: DecisionContext, staffIds: readonly string[]) {
  const rows = rowsInStatus(context.cache.sqlite, 'staff', staffIds, 'pending');
  if (rows.length === 0) throw refused(NO_PENDING_REGISTRATION);
  return batches(rows.map((row) => ({ staffId: row.id, version: row.version })));
}

function pendingDeclarations(context: DecisionContext, declarationIds: readonly string[]) {
  const rows = rowsInStatus(context.cache.sqlite, 'declarations', declarationIds, 'pending');
  if (rows.length === 0) throw refused(NO_PENDING_DECLARATION);
  return batches(rows.map((row) => ({ declarationId: row.id, version: row.version })));
}

/** 审核通过 registrations: the pending ones among `staffIds`; others are left out. */
export function approveRegistrations(context: DecisionContext, staffIds: readonly string[]): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'registrations');
    return pendingStaff(context, staffIds).map((items) => ({
      name: 'registrations.approve',
      args: { items },
    }));
  });
}

/** 审核不通过 registrations, with the reason the applicants are told. */
export function rejectRegistrations(
  context: DecisionContext,
  staffIds: readonly string[],
  reason: string,
): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'registrations');
    return pendingStaff(context, staffIds).map((items) => ({
      name: 'registrations.reject',
      args: { items, reason },
    }));
  });
}

/** 审核通过 declarations: the pending ones among `declarationIds`; others are left out. */
export function approveDeclarations(
  context: DecisionContext,
  declarationIds: readonly string[],
): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'declarations');
    return pendingDeclarations(context, declarationIds).map((items) => ({
      name: 'declarations.approve',
      args: { items },
    }));
  });
}

/** 审核不通过 declarations, with the reason their owners are told. */
export function rejectDeclarations(
  context: DecisionContext,
  declarationIds: readonly string[],
  reason: string,
): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'declarations');
    return pendingDeclarations(context, declarationIds).map((items) => ({
      name: 'declarations.reject',
      args: { items, reason },
    }));
  });
}
