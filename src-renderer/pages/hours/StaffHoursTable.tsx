/*
 * StaffHoursTable: each person's hours of the year (公需 / 专业 / 合计) against the requirement, paged by
 * the core, filtered by department, completion and name or ID number.
 */
import { Flex, Input, Segmented, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { StaffHoursInput, StaffHoursRow } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { PagedTable } from '../../components/PagedTable.tsx';
import { usePagedQuery } from '../../components/use-paged-query.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { DepartmentSelect } from '../../components/DepartmentSelect.tsx';
import { formatHours } from '../../components/format.ts';

type Filters = Omit<StaffHoursInput, 'after' | 'limit' | 'withTotal'>;

const hours = (value: number, met: boolean) => (
  <Typography.Text type={met ? undefined : 'danger'}>{formatHours(value)}</Typography.Text>
);

const columns: TableColumnsType<StaffHoursRow> = [
  { title: '姓名', dataIndex: 'name', width: 100 },
  { title: '身份证号码', dataIndex: 'idNumber', width: 180 },
  { title: '所属部门', dataIndex: 'departmentName', render: (name: string | null) => name ?? '—' },
  {
    title: '公需科目',
    dataIndex: 'publicHours',
    width: 90,
    render: (v: number, row) => hours(v, row.publicMet),
  },
  {
    title: '专业科目',
    dataIndex: 'professionalHours',
    width: 90,
    render: (v: number, row) => hours(v, row.professionalMet),
  },
  { title: '合计', dataIndex: 'totalHours', width: 90, render: (v: number, row) => hours(v, row.totalMet) },
  {
    title: '完成情况',
    dataIndex: 'met',
    width: 150,
    render: (met: boolean, row) => (
      <>
        {met ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>}
        {row.waiting && <WaitingTag />}
      </>
    ),
  },
];

export function StaffHoursTable({ year }: { year: number }) {
  const [filters, setFilters] = useState<Omit<Filters, 'year'>>({});
  const list = usePagedQuery((f: Filters, page) => api.hoursStaff({ ...f, ...page }), { ...filters, year });
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));
  return (
    <PagedTable
      list={list}
      rowKey="staffId"
      columns={columns}
      emptyText="没有符合条件的人员"
      testId="staff-hours-table"
      toolbar={
        <Flex gap={8} wrap>
          <Input.Search
            allowClear
            placeholder="姓名或身份证号码"
            style={{ width: 220 }}
            onSearch={(search) => set({ search: search.trim() || undefined })}
          />
          <DepartmentSelect value={filters.departmentId} onChange={(departmentId) => set({ departmentId })} />
          <Segmented
            value={filters.met === undefined ? 'all' : filters.met ? 'met' : 'notMet'}
            onChange={(choice) => set({ met: choice === 'all' ? undefined : choice === 'met' })}
            options={[
              { value: 'all', label: '全部' },
              { value: 'met', label: '已达标' },
              { value: 'notMet', label: '未达标' },
            ]}
          />
        </Flex>
      }
    />
  );
}
