import type { StaffRow } from '../../../../src-shared/contract/index.ts';

export const STAFF_STATUS: Record<StaffRow['status'], { label: string; color: string }> = {
  approved: { label: '已审核', color: 'success' },
  pending: { label: '待审核', color: 'processing' },
  rejected: { label: '已驳回', color: 'error' },
  withdrawn: { label: '已撤回', color: 'default' },
  left: { label: '已离职', color: 'default' },
};
