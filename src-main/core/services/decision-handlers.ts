import type { IpcHandlers } from '../api/handlers.ts';
import type { SessionManager } from '../accounts/session-manager.ts';
import * as decisions from '../decisions/index.ts';
import type { DecisionContext } from '../decisions/index.ts';
import { certificateInputs } from './certificate-records.ts';
import { redoConflict } from './conflict-redo.ts';
import { runDecision, type Selection } from './decision-runner.ts';
import { pendingDeclarationIds } from './matching-declarations.ts';

type DecisionHandlers = Pick<
  IpcHandlers,
  | 'unitUpdate'
  | 'subAdminsCreate'
  | 'subAdminsUpdate'
  | 'subAdminsDelete'
  | 'departmentsCreate'
  | 'departmentsRename'
  | 'departmentsMove'
  | 'departmentsDelete'
  | 'registrationsApprove'
  | 'registrationsReject'
  | 'staffTransfer'
  | 'staffMarkLeft'
  | 'staffResetPassword'
  | 'declarationsApprove'
  | 'declarationsReject'
  | 'unitDeclarationsCreate'
  | 'certificatesRecord'
  | 'syncConflictRedo'
>;

const NOT_PENDING = '已不是待审核状态';
const NOT_APPROVED_STAFF = '不是本单位已审核通过的人员';

/**
 * The administrator's decisions: each is applied to the cache and queued for the server in one
 * transaction before the call answers, then the sync engine is asked to push soon.
 */
export function decisionHandlers(sessions: SessionManager): DecisionHandlers {
  function decide<T extends decisions.DecisionResult>(
    run: (context: DecisionContext) => T,
    selection?: Selection,
  ) {
    const active = sessions.active();
    const { cache } = active.workspace;
    const context: DecisionContext = { cache, adminId: active.session.admin.id };
    const decided = runDecision(cache, () => run(context), selection);
    active.workspace.engine.decided();
    return decided;
  }
  const plain = (run: (context: DecisionContext) => decisions.DecisionResult, selection?: Selection) =>
    decide(run, selection).decision;

  return {
    unitUpdate: ({ changes }) => plain((context) => decisions.updateUnit(context, unitChangesOf(changes))),
    subAdminsCreate: (input) => {
      const { decision, outcome } = decide((context) => decisions.createSubAdmin(context, input));
      return { ...decision, id: outcome.adminId };
    },
    subAdminsUpdate: ({ adminId, ...changes }) =>
      plain((context) => decisions.updateSubAdmin(context, adminId, changes)),
    subAdminsDelete: ({ adminId }) => plain((context) => decisions.deleteSubAdmin(context, adminId)),
    departmentsCreate: ({ parentId, name }) => {
      const { decision, outcome } = decide((context) => decisions.createDepartment(context, parentId, name));
      return { ...decision, id: outcome.departmentId };
    },
    departmentsRename: ({ departmentId, name }) =>
      plain((context) => decisions.renameDepartment(context, departmentId, name)),
    departmentsMove: ({ departmentId, parentId }) =>
      plain((context) => decisions.moveDepartment(context, departmentId, parentId)),
    departmentsDelete: ({ departmentId }) =>
      plain((context) => decisions.deleteDepartment(context, departmentId)),
    registrationsApprove: ({ staffIds }) =>
      plain((context) => decisions.approveRegistrations(context, staffIds), {
        ids: staffIds,
        reason: NOT_PENDING,
      }),
    registrationsReject: ({ staffIds, reason }) =>
      plain((context) => decisions.rejectRegistrations(context, staffIds, reason), {
        ids: staffIds,
        reason: NOT_PENDING,
      }),
    staffTransfer: ({ staffIds, departmentId }) =>
      plain((context) => decisions.transferStaff(context, staffIds, departmentId), {
        ids: staffIds,
        reason: NOT_APPROVED_STAFF,
      }),
    staffMarkLeft: ({ staffIds }) =>
      plain((context) => decisions.markStaffLeft(context, staffIds), {
        ids: staffIds,
        reason: NOT_APPROVED_STAFF,
      }),
    staffResetPassword: ({ staffId }) => plain((context) => decisions.resetStaffPassword(context, staffId)),
    declarationsApprove: async ({ ids, filter }) => {
      const chosen = ids ?? (await pendingDeclarationIds(sessions.active().workspace.cache.db, filter!));
      return plain((context) => decisions.approveDeclarations(context, chosen), {
        ids: chosen,
        reason: NOT_PENDING,
      });
    },
    declarationsReject: async ({ ids, filter, reason }) => {
      const chosen = ids ?? (await pendingDeclarationIds(sessions.active().workspace.cache.db, filter!));
      return plain((context) => decisions.rejectDeclarations(context, chosen, reason), {
        ids: chosen,
        reason: NOT_PENDING,
      });
    },
    unitDeclarationsCreate: (input) => {
      const { decision, outcome } = decide((context) => decisions.createUnitDeclarations(context, input), {
        ids: input.staffIds,
        reason: NOT_APPROVED_STAFF,
      });
      return { ...decision, id: outcome.activityId };
    },
    syncConflictRedo: ({ conflictId }) => plain((context) => redoConflict(context, conflictId)),
    certificatesRecord: async (input) => {
      const { cache } = sessions.active().workspace;
      const certificates = await certificateInputs(cache.db, input, new Date());
      return plain((context) =>
        cache.sqlite.transaction(() => {
          const recorded = certificates.map((certificate) =>
            decisions.recordCertificate(context, certificate),
          );
          return { mutationId: recorded.at(-1)!.mutationId, affected: recorded.length };
        })(),
      );
    },
  };
}

/** The contract names the unit's fields in camelCase; the protocol in the columns' snake_case. */
function unitChangesOf(changes: Record<string, string | undefined>) {
  const renamed = Object.entries(changes).map(([key, value]) => [
    key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    value,
  ]);
  return Object.fromEntries(renamed) as Parameters<typeof decisions.updateUnit>[1];
}
