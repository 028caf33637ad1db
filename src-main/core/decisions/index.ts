export { recordCertificate, type CertificateInput } from './certificate-decisions.ts';
export type { DecisionContext, DecisionResult } from './decide.ts';
export {
  createDepartment,
  deleteDepartment,
  moveDepartment,
  renameDepartment,
} from './department-decisions.ts';
export { mutationEffects, type EffectEnv } from './effects/index.ts';
export {
  approveDeclarations,
  approveRegistrations,
  rejectDeclarations,
  rejectRegistrations,
} from './review-decisions.ts';
export { markStaffLeft, resetStaffPassword, transferStaff } from './staff-decisions.ts';
export {
  createSubAdmin,
  deleteSubAdmin,
  updateSubAdmin,
  type SubAdminChanges,
  type SubAdminInput,
} from './sub-admin-decisions.ts';
export { createUnitDeclarations, type UnitDeclarationInput } from './unit-declaration-decisions.ts';
export { updateUnit } from './unit-decisions.ts';
