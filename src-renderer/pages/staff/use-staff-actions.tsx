/*
 * The confirmations of 标记离职 and 重置密码, shared by the list's batch bar and the detail drawer.
 */
import { App } from 'antd';
import { api } from '../../api.ts';
import { useDecision } from '../../components/use-decision.tsx';

export interface StaffActions {
  markLeft(staffIds: string[], after: () => void): void;
  resetPassword(staff: { id: string; name: string }, after: () => void): void;
}

export function useStaffActions(): StaffActions {
  const { modal } = App.useApp();
  const decide = useDecision();
  return {
    markLeft: (staffIds, after) =>
      modal.confirm({
        title: `确定将所选的 ${staffIds.length} 人标记为离职吗？`,
        content: '离职人员不再计入本单位的学时统计，也不能再以本单位身份申报。',
        okText: '标记离职',
        okButtonProps: { danger: true },
        onOk: async () => {
          if (await decide('标记离职', () => api.staffMarkLeft({ staffIds }))) after();
        },
      }),
    resetPassword: (staff, after) =>
      modal.confirm({
        title: `确定重置 ${staff.name} 的登录密码吗？`,
        content: '同步后，服务器将把临时密码发送到其注册邮箱。',
        okText: '重置密码',
        onOk: async () => {
          if (await decide('重置密码', () => api.staffResetPassword({ staffId: staff.id }))) after();
        },
      }),
  };
}
