/*
 * TransferDialog: moves the chosen people to another department (调动部门).
 */
import { Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { DepartmentSelect } from '../../components/DepartmentSelect.tsx';
import { useDecision } from '../../components/use-decision.tsx';

export interface TransferDialogProps {
  staffIds: string[] | null;
  onDone(): void;
  onClose(): void;
}

export function TransferDialog({ staffIds, onDone, onClose }: TransferDialogProps) {
  const decide = useDecision();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!staffIds || !departmentId) return;
    setBusy(true);
    const done = await decide('调动', () => api.staffTransfer({ staffIds, departmentId }));
    setBusy(false);
    if (done) {
      onDone();
      onClose();
    }
  };
  return (
    <Modal
      open={staffIds !== null}
      title="调动部门"
      okText="确定调动"
      okButtonProps={{ disabled: !departmentId, loading: busy }}
      onOk={submit}
      onCancel={onClose}
      afterOpenChange={(open) => !open && setDepartmentId(undefined)}
      destroyOnHidden
    >
      <Typography.Paragraph>将所选的 {staffIds?.length ?? 0} 人调入：</Typography.Paragraph>
      <Form.Item label="调入部门" required>
        <DepartmentSelect
          value={departmentId}
          onChange={setDepartmentId}
          placeholder="请选择部门"
          allowClear={false}
          width="100%"
          testId="transfer-department"
        />
      </Form.Item>
    </Modal>
  );
}
