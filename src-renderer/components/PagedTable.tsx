/*
 * PagedTable: an antd table over a usePagedQuery list (keyset pages from the core), with a pager or a
 * "加载更多" button, checkbox selection kept across pages, and a highlighted active row.
 *
 *   const list = usePagedQuery((f, page) => api.registrationsList({ ...f, ...page }), filters);
 *   const [selected, setSelected] = useState<string[]>([]);
 *   <PagedTable
 *     list={list}
 *     rowKey="id"
 *     columns={columns}
 *     toolbar={<FilterBar … />}                       // above the table
 *     selection={{ keys: selected, onChange: setSelected }}
 *     activeKey={openId}                              // e.g. the row shown in a DetailDrawer
 *     onRowClick={(row) => setOpenId(row.id)}
 *     testId="registrations-table"
 *   />
 */
import { Alert, Button, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { Key, ReactNode } from 'react';
import type { PagedQuery } from './use-paged-query.ts';

export interface TableSelection<Row> {
  keys: string[];
  onChange(keys: string[]): void;
  /** Rows that cannot be chosen, e.g. already decided. */
  isDisabled?(row: Row): boolean;
}

export interface PagedTableProps<Row> {
  list: PagedQuery<Row>;
  columns: TableColumnsType<Row>;
  rowKey: (keyof Row & string) | ((row: Row) => string);
  toolbar?: ReactNode;
  selection?: TableSelection<Row>;
  activeKey?: string | null;
  onRowClick?(row: Row): void;
  emptyText?: string;
  /** Height of the scrolling body; the header stays in place. */
  scrollY?: number | string;
  testId?: string;
}

export function PagedTable<Row extends object>({
  list,
  columns,
  rowKey,
  toolbar,
  selection,
  activeKey,
  onRowClick,
  emptyText = '暂无数据',
  scrollY,
  testId,
}: PagedTableProps<Row>) {
  const keyOf = (row: Row) => (typeof rowKey === 'function' ? rowKey(row) : String(row[rowKey]));
  return (
    <Flex vertical gap={12} data-testid={testId}>
      {toolbar}
      {list.error && <Alert type="error" showIcon title="数据加载失败" description={list.error} />}
      <Table<Row>
        size="middle"
        bordered
        columns={columns}
        dataSource={list.rows}
        rowKey={keyOf}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText }}
        scroll={{ x: 'max-content', ...(scrollY ? { y: scrollY } : {}) }}
        rowClassName={(row) => (activeKey && keyOf(row) === activeKey ? 'row-active' : '')}
        onRow={(row) => ({
          onClick: () => onRowClick?.(row),
          style: onRowClick ? { cursor: 'pointer' } : undefined,
        })}
        rowSelection={
          selection && {
            selectedRowKeys: selection.keys,
            preserveSelectedRowKeys: true,
            onChange: (keys: Key[]) => selection.onChange(keys.map(String)),
            getCheckboxProps: (row: Row) => ({ disabled: selection.isDisabled?.(row) ?? false }),
          }
        }
      />
      <Flex justify="space-between" align="center" wrap>
        <SelectionSummary selection={selection} />
        <Pager list={list} />
      </Flex>
    </Flex>
  );
}

function SelectionSummary<Row>({ selection }: { selection: TableSelection<Row> | undefined }) {
  if (!selection || selection.keys.length === 0) return <span />;
  return (
    <Space>
      <Typography.Text>已选择 {selection.keys.length} 项</Typography.Text>
      <Button type="link" size="small" onClick={() => selection.onChange([])}>
        清空选择
      </Button>
    </Space>
  );
}

function Pager<Row>({ list }: { list: PagedQuery<Row> }) {
  const total = list.total === undefined ? null : <span>共 {list.total} 条</span>;
  if (list.mode === 'more')
    return (
      <Space>
        <Typography.Text type="secondary">
          已显示 {list.rows.length} 条{total && '，'}
          {total}
        </Typography.Text>
        {list.hasNext && (
          <Button onClick={list.loadMore} loading={list.loading}>
            加载更多
          </Button>
        )}
      </Space>
    );
  const pages = list.total === undefined ? null : Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <Space>
      <Typography.Text type="secondary">
        {total}
        {total && '，'}第 {list.pageIndex + 1}
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
    </Space>
  );
}
