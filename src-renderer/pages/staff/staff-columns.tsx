import { Space, Tag, type TableColumnsType } from 'antd';
import type { ReferenceData, StaffRow } from '../../../src-shared/contract/index.ts';
import { staffRowColumns } from '../../components/staff-row-columns.tsx';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { STAFF_STATUS } from './lib/staff-labels.ts';

export function staffColumns(reference: ReferenceData | undefined): TableColumnsType<StaffRow> {
  const column = staffRowColumns(reference);
  return [
    column.name,
    column.idNumber,
    column.gender,
    column.department,
    column.education,
    column.titleLevel,
    column.titleName,
    column.phone,
    column.registeredAt,
    {
      title: '状态',
      dataIndex: 'status',
      width: 150,
      fixed: 'right',
      render: (status: StaffRow['status'], row) => (
        <Space size={4}>
          <Tag color={STAFF_STATUS[status].color}>{STAFF_STATUS[status].label}</Tag>
          {row.waiting && <WaitingTag />}
        </Space>
      ),
    },
  ];
}
