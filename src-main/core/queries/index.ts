export { declarationCounts } from './declaration-counts.ts';
export { declarationDetail } from './declaration-detail.ts';
export { listDeclarations } from './declarations-list.ts';
export { departmentCompletion } from './department-completion.ts';
export { departmentTree } from './department-tree.ts';
export { listStaffHours } from './staff-hours-list.ts';
export { staffDetail } from './staff-detail.ts';
export { listRegistrations, listStaff } from './staff-list.ts';
export { summarizeStaffHours } from './staff-year-hours.ts';
