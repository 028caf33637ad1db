import { Button, Space, type TableColumnsType } from 'antd';
import type { ReferenceData, StaffRow } from '../../../src-shared/contract/index.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { codeLabel } from '../../components/use-reference-data.ts';
import { formatTime } from '../../components/format.ts';

export interface RegistrationActions {
  approve(row: StaffRow): void;
  reject(row: StaffRow): void;
}

export function registrationColumns(
  reference: ReferenceData | undefined,
  actions: RegistrationActions,
): TableColumnsType<StaffRow> {
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 110,
      render: (name: string, row) => (
        <Space size={4}>
          {name}
          {row.waiting && <WaitingTag />}
        </Space>
      ),
    },
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
    { title: '职称', dataIndex: 'titleName' },
    { title: '手机号码', dataIndex: 'phone', width: 120 },
    { title: '注册时间', dataIndex: 'registeredAt', width: 150, render: formatTime },
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
