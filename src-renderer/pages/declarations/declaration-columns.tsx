import { Tag, type TableColumnsType } from 'antd';
import type { DeclarationRow } from '../../../src-shared/contract/index.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { formatHours, formatTime } from '../../components/format.ts';
import { CATEGORY_LABEL, DECLARATION_STATUS, SOURCE_LABEL } from './lib/labels.ts';

export const declarationColumns: TableColumnsType<DeclarationRow> = [
  {
    title: '姓名',
    dataIndex: 'staffName',
    width: 96,
    render: (name: string, row) => <span title={row.staffIdNumber}>{name}</span>,
  },
  {
    title: '所属部门',
    dataIndex: 'departmentName',
    width: 130,
    ellipsis: true,
    render: (name: string | null) => name ?? '—',
  },
  { title: '继续教育类型', dataIndex: 'typeName', width: 150, ellipsis: true },
  {
    title: '名称',
    dataIndex: 'title',
    ellipsis: { showTitle: true },
    render: (title: string, row) => (row.source === 'unit' ? `${title}（${SOURCE_LABEL.unit}）` : title),
  },
  {
    title: '类别',
    dataIndex: 'category',
    width: 84,
    render: (category: DeclarationRow['category']) => CATEGORY_LABEL[category],
  },
  { title: '年度', dataIndex: 'year', width: 64 },
  { title: '学时', dataIndex: 'hours', width: 64, align: 'right', render: formatHours },
  { title: '提交时间', dataIndex: 'submittedAt', width: 140, render: formatTime },
  {
    title: '状态',
    dataIndex: 'status',
    width: 156,
    render: (status: DeclarationRow['status'], row) => (
      <>
        <Tag color={DECLARATION_STATUS[status].color}>{DECLARATION_STATUS[status].label}</Tag>
        {row.waiting && <WaitingTag />}
      </>
    ),
  },
];
