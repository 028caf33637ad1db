import type { IpcHandlers } from '../api/handlers.ts';
import type { SessionManager } from '../accounts/session-manager.ts';
import {
  declarationCounts,
  declarationDetail,
  departmentCompletion,
  departmentTree,
  listDeclarations,
  listRegistrations,
  listStaff,
  listStaffHours,
  staffDetail,
} from '../queries/index.ts';
import { listAdmins, readProfile } from './admins.ts';
import { certificatePeople } from './certificate-people.ts';
import { readReferenceData } from './reference-data.ts';
import { exportStaffRows, findStaffByIdNumbers } from './staff-lookups.ts';
import { readUnitInfo } from './unit-info.ts';

type QueryHandlers = Pick<
  IpcHandlers,
  | 'referenceData'
  | 'unitGet'
  | 'profileGet'
  | 'subAdminsList'
  | 'departmentsTree'
  | 'registrationsList'
  | 'staffList'
  | 'staffDetail'
  | 'staffExportRows'
  | 'staffFindByIdNumbers'
  | 'declarationsList'
  | 'declarationsCounts'
  | 'declarationsDetail'
  | 'certificatesPeople'
  | 'hoursCompletion'
  | 'hoursStaff'
>;

/** What the screens read: the open account's cache, never the network. */
export function queryHandlers(sessions: SessionManager): QueryHandlers {
  const db = () => sessions.active().workspace.cache.db;
  return {
    referenceData: () => readReferenceData(db()),
    unitGet: () => readUnitInfo(db(), sessions.active().session.unit.id),
    profileGet: () => readProfile(db(), sessions.active().session),
    subAdminsList: () => listAdmins(db()),
    departmentsTree: () => departmentTree(db()),
    registrationsList: (args) => listRegistrations(db(), args),
    staffList: (args) => listStaff(db(), args),
    staffDetail: (args) => staffDetail(db(), args),
    staffExportRows: (args) => exportStaffRows(db(), args),
    staffFindByIdNumbers: ({ idNumbers }) => findStaffByIdNumbers(db(), idNumbers),
    declarationsList: (args) => listDeclarations(db(), args),
    declarationsCounts: (args) => declarationCounts(db(), args),
    declarationsDetail: (args) => declarationDetail(db(), args),
    certificatesPeople: (args) => certificatePeople(db(), args),
    hoursCompletion: (args) => departmentCompletion(db(), args),
    hoursStaff: (args) => listStaffHours(db(), args),
  };
}
