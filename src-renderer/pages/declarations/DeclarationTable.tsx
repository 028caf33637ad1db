/*
 * DeclarationTable: the review list's table. Unlike the general PagedTable it lays out in fixed
 * columns that fit the screen, with no horizontal scroll, fixed columns or measured header, so that a
 * page of rows (and every filter change) renders in one cheap pass: the queue is worked through fast.
 */
import { Button, Flex, Table, Typography } from 'antd';
import type { Key } from 'react';
import type { DeclarationRow } from '../../../src-shared/contract/index.ts';
import type { PagedQuery } from '../../components/use-paged-query.ts';
import { declarationColumns } from './declaration-columns.tsx';

/**
 * A page usually comes in well under this: the spinner (and the dimming of the rows under it) shows
 * only for a slow one, instead of flashing on every filter change and costing two more layouts.
 */
const SPINNER_DELAY_MS = 200;

export interface DeclarationTableProps {
  list: PagedQuery<DeclarationRow>;
  /** What the list is asked for (filters and tab), shown as `data-filters` for tools that wait for it. */
  filtersKey: string;
  selected: string[];
  onSelect(keys: string[]): void;
  activeKey: string | null;
  onRowClick(row: DeclarationRow): void;
}

export function DeclarationTable({
  list,
  filtersKey,
  selected,
  onSelect,
  activeKey,
  onRowClick,
}: DeclarationTableProps) {
  return (
    <Flex
      vertical
      gap={12}
      data-testid="declarations-table"
      data-filters={filtersKey}
      aria-busy={list.loading}
    >
      <Table<DeclarationRow>
        size="middle"
        bordered
        tableLayout="fixed"
        columns={declarationColumns}
        dataSource={list.rows}
        rowKey="id"
        loading={{ spinning: list.loading, delay: SPINNER_DELAY_MS }}
        pagination={false}
        locale={{ emptyText: '没有符合条件的继续教育信息' }}
        rowClassName={(row) => (row.id === activeKey ? 'row-active' : '')}
        onRow={(row) => ({ onClick: () => onRowClick(row), style: { cursor: 'pointer' } })}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          columnWidth: 40,
          onChange: (keys: Key[]) => onSelect(keys.map(String)),
          getCheckboxProps: (row) => ({ disabled: row.status !== 'pending' }),
        }}
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">
          {selected.length > 0 && `已选择 ${selected.length} 项`}
        </Typography.Text>
        <Pager list={list} />
      </Flex>
    </Flex>
  );
}

function Pager({ list }: { list: PagedQuery<DeclarationRow> }) {
  const pages = list.total === undefined ? null : Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">
        {list.total !== undefined && `共 ${list.total} 条，`}第 {list.pageIndex + 1}
        {pages && ` / ${pages}`} 页
      </Typography.Text>
      <Button size="small" disabled={!list.hasPrevious} onClick={list.first}>
        首页
      </Button>
      <Button size="small" disabled={!list.hasPrevious} onClick={list.previous}>
        上一页
      </Button>
      <Button size="small" disabled={!list.hasNext} onClick={list.next}>
        下一页
      </Button>
    </Flex>
  );
}
