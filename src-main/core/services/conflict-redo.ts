import type { MutationArgs, MutationName } from '../../../src-shared/contract/sync.ts';
import * as decisions from '../decisions/index.ts';
import type { DecisionContext, DecisionResult } from '../decisions/index.ts';
import { closeConflict, openConflict, type DecidedRecord } from './conflicts.ts';

type Redo = (context: DecisionContext, decided: DecidedRecord, rowId: string) => DecisionResult;

/** The arguments of a whole refused mutation, as recorded. */
const argsOf = <N extends MutationName>(decided: DecidedRecord) => decided.args as MutationArgs<N>;
/** The shared arguments of a refused batch item (the reason, the target department, …). */
const shared = <T>(decided: DecidedRecord) => decided as unknown as T;

/** Each decision made again on the server's current row, through the same decision functions. */
const redoes: Record<MutationName, Redo> = {
  'registrations.approve': (context, _decided, rowId) => decisions.approveRegistrations(context, [rowId]),
  'registrations.reject': (context, decided, rowId) =>
    decisions.rejectRegistrations(context, [rowId], shared<{ reason: string }>(decided).reason),
  'declarations.approve': (context, _decided, rowId) => decisions.approveDeclarations(context, [rowId]),
  'declarations.reject': (context, decided, rowId) =>
    decisions.rejectDeclarations(context, [rowId], shared<{ reason: string }>(decided).reason),
  'staff.transfer': (context, decided, rowId) =>
    decisions.transferStaff(context, [rowId], shared<{ departmentId: string }>(decided).departmentId),
  'staff.markLeft': (context, _decided, rowId) => decisions.markStaffLeft(context, [rowId]),
  'staff.resetPassword': (context, decided) =>
    decisions.resetStaffPassword(context, argsOf<'staff.resetPassword'>(decided).staffId),
  'unitDeclarations.create': (context, decided, rowId) => {
    const {
      name: _name,
      activityId: _activity,
      staffId: _staff,
      ...input
    } = shared<Omit<MutationArgs<'unitDeclarations.create'>, 'staffIds'> & { name: string; staffId: string }>(
      decided,
    );
    return decisions.createUnitDeclarations(context, { ...input, staffIds: [rowId] });
  },
  'departments.create': (context, decided) => {
    const { parentId, name } = argsOf<'departments.create'>(decided);
    return decisions.createDepartment(context, parentId, name);
  },
  'departments.rename': (context, decided) => {
    const { departmentId, name } = argsOf<'departments.rename'>(decided);
    return decisions.renameDepartment(context, departmentId, name);
  },
  'departments.move': (context, decided) => {
    const { departmentId, parentId } = argsOf<'departments.move'>(decided);
    return decisions.moveDepartment(context, departmentId, parentId);
  },
  'departments.delete': (context, decided) =>
    decisions.deleteDepartment(context, argsOf<'departments.delete'>(decided).departmentId),
  'unit.update': (context, decided) => decisions.updateUnit(context, argsOf<'unit.update'>(decided).changes),
  'subAdmins.create': (context, decided) => {
    const { adminId: _adminId, ...input } = argsOf<'subAdmins.create'>(decided);
    return decisions.createSubAdmin(context, input);
  },
  'subAdmins.update': (context, decided) => {
    const { adminId, ...changes } = argsOf<'subAdmins.update'>(decided);
    return decisions.updateSubAdmin(context, adminId, changes);
  },
  'subAdmins.delete': (context, decided) =>
    decisions.deleteSubAdmin(context, argsOf<'subAdmins.delete'>(decided).adminId),
  'certificates.record': (context, decided) => {
    const { certificateId: _id, ...input } = argsOf<'certificates.record'>(decided);
    return decisions.recordCertificate(context, input);
  },
};

/**
 * Makes a refused decision again, now on the row the server sent, and closes the conflict, in one
 * transaction: if the decision is refused again (e.g. no longer pending) the conflict stays open.
 */
export function redoConflict(context: DecisionContext, conflictId: number): DecisionResult {
  const { cache } = context;
  const { row, decided } = openConflict(cache, conflictId);
  return cache.sqlite.transaction(() => {
    const result = redoes[decided.name as MutationName](context, decided, row.row_id);
    closeConflict(cache, conflictId, 'redone');
    return result;
  })();
}
