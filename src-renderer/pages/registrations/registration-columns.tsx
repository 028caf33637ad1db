import { Button, Space, type TableColumnsType } from 'antd';
import type { ReferenceData, StaffRow } from '../../../src-shared/contract/index.ts';
import { staffRowColumns } from '../../components/staff-row-columns.tsx';
import { WaitingTag } from '../../components/WaitingTag.tsx';

export interface RegistrationActions {
  approve(row: StaffRow): void;
  reject(row: StaffRow): void;
}

export function registrationColumns(
  reference: ReferenceData | undefined,
  actions: RegistrationActions,
): TableColumnsType<StaffRow> {
  const column = staffRowColumns(reference);
  return [
    {
      ...column.name,
      render: (name: string, row) => (
        <Space size={4}>
          {name}
          {row.waiting && <WaitingTag />}
        </Space>
      ),
    },
    column.idNumber,
    column.gender,
    column.department,
    column.education,
    { ...column.titleName, title: '职称' },
    column.phone,
    column.registeredAt,
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, row) => (
        <Space size={0} onClick={(event) => event.stopPropagation()}>
          <Button type="link" size="small" onClick={() => actions.approve(row)}>
            通过
          </Button>
          <Button type="link" size="small" danger onClick={() => actions.reject(row)}>
            驳回
          </Button>
        </Space>
      ),
    },
  ];
}
