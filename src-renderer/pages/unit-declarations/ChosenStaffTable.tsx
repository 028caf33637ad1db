import { Button, Table } from 'antd';
import type { StaffRow } from '../../../src-shared/contract/index.ts';

export interface ChosenStaffTableProps {
  rows: StaffRow[];
  onRemove(id: string): void;
}

/** The people the activity is declared for. */
export function ChosenStaffTable({ rows, onRemove }: ChosenStaffTableProps) {
  return (
    <Table<StaffRow>
      size="small"
      bordered
      rowKey="id"
      dataSource={rows}
      pagination={{ pageSize: 8, size: 'small', hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: '尚未选择人员' }}
      data-testid="chosen-staff"
      columns={[
        { title: '姓名', dataIndex: 'name', width: 100 },
        { title: '身份证号码', dataIndex: 'idNumber', width: 180 },
        {
          title: '所属部门',
          dataIndex: 'departmentName',
          ellipsis: true,
          render: (name: string | null) => name ?? '—',
        },
        {
          title: '',
          key: 'remove',
          width: 60,
          render: (_, row) => (
            <Button type="link" size="small" danger onClick={() => onRemove(row.id)}>
              移除
            </Button>
          ),
        },
      ]}
    />
  );
}
