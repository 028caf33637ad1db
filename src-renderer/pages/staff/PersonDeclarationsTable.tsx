import { Space, Table, Tag } from 'antd';
import type { DeclarationRow } from '../../../src-shared/contract/index.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { CATEGORY_LABEL, DECLARATION_STATUS } from '../declarations/lib/labels.ts';
import { formatDate, formatHours } from '../../components/format.ts';

/** A person's declarations, newest first, as listed in their detail. */
export function PersonDeclarationsTable({ rows }: { rows: DeclarationRow[] }) {
  return (
    <Table<DeclarationRow>
      size="small"
      bordered
      rowKey="id"
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
      locale={{ emptyText: '暂无继续教育记录' }}
      columns={[
        { title: '年度', dataIndex: 'year', width: 64 },
        { title: '类型', dataIndex: 'typeName', ellipsis: true },
        { title: '名称', dataIndex: 'title', ellipsis: true },
        {
          title: '类别',
          dataIndex: 'category',
          width: 84,
          render: (c: DeclarationRow['category']) => CATEGORY_LABEL[c],
        },
        { title: '学时', dataIndex: 'hours', width: 60, render: formatHours },
        { title: '提交日期', dataIndex: 'submittedAt', width: 100, render: formatDate },
        {
          title: '状态',
          dataIndex: 'status',
          width: 150,
          render: (status: DeclarationRow['status'], row) => (
            <Space size={4}>
              <Tag color={DECLARATION_STATUS[status].color}>{DECLARATION_STATUS[status].label}</Tag>
              {row.waiting && <WaitingTag />}
            </Space>
          ),
        },
      ]}
    />
  );
}
