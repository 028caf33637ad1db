import { Table, Tag } from 'antd';
import type { YearHours } from '../../../src-shared/contract/index.ts';
import { formatHours } from '../../components/format.ts';

function Met({ met }: { met: boolean }) {
  return met ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>;
}

/** A person's approved hours per year against that year's requirement (公需 / 专业 / 合计). */
export function YearHoursTable({ years }: { years: YearHours[] }) {
  return (
    <Table<YearHours>
      size="small"
      bordered
      pagination={false}
      rowKey="year"
      dataSource={[...years].reverse()}
      locale={{ emptyText: '暂无学时记录' }}
      columns={[
        { title: '年度', dataIndex: 'year', width: 70 },
        {
          title: '公需科目',
          dataIndex: 'publicHours',
          render: (hours: number, row) => `${formatHours(hours)} / ${row.requirement?.publicMinHours ?? '—'}`,
        },
        {
          title: '专业科目',
          dataIndex: 'professionalHours',
          render: (hours: number, row) =>
            `${formatHours(hours)} / ${row.requirement?.professionalMinHours ?? '—'}`,
        },
        {
          title: '合计',
          dataIndex: 'totalHours',
          render: (hours: number, row) => `${formatHours(hours)} / ${row.requirement?.totalHours ?? '—'}`,
        },
        { title: '完成情况', dataIndex: 'met', width: 90, render: (met: boolean) => <Met met={met} /> },
      ]}
    />
  );
}
