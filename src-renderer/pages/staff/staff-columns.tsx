import { Space, Tag, type TableColumnsType } from 'antd';
import type { ReferenceData, StaffRow } from '../../../src-shared/contract/index.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { codeLabel } from '../../components/use-reference-data.ts';
import { formatTime } from '../../components/format.ts';
import { STAFF_STATUS } from './lib/staff-labels.ts';

export function staffColumns(reference: ReferenceData | undefined): TableColumnsType<StaffRow> {
  return [
    { title: '姓名', dataIndex: 'name', width: 110 },
    { title: '身份证号码', dataIndex: 'idNumber', width: 180 },
    {
      title: '性别',
      dataIndex: 'gender',
      width: 60,
      render: (code: string) => codeLabel(reference, 'genders', code),
    },
    { title: '所属部门', dataIndex: 'departmentName', render: (name: string | null) => name ?? '未分配部门' },
    {
      title: '学历',
      dataIndex: 'education',
      render: (code: string) => codeLabel(reference, 'educations', code),
    },
    {
      title: '职称级别',
      dataIndex: 'titleLevel',
      render: (code: string) => codeLabel(reference, 'titleLevels', code),
    },
    { title: '职称名称', dataIndex: 'titleName' },
    { title: '手机号码', dataIndex: 'phone', width: 120 },
    { title: '注册时间', dataIndex: 'registeredAt', width: 150, render: formatTime },
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
