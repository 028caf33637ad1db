/*
 * 专业技术人员管理: the unit's staff, searched and filtered; a person's detail with declarations and
 * yearly hours; transfer, mark as left, reset password; export to Excel; select people from an Excel list.
 */
import { DownloadOutlined, LogoutOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { BatchToolbar } from '../../components/BatchToolbar.tsx';
import { messageOf } from '../../components/error-message.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { usePagedQuery } from '../../components/use-paged-query.ts';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { ImportStaffListButton } from '../../components/ImportStaffListButton.tsx';
import { useOpenRow } from '../../components/use-open-row.ts';
import { StaffDrawer } from './StaffDrawer.tsx';
import { StaffFilters, type StaffFilterValues } from './StaffFilters.tsx';
import { staffColumns } from './staff-columns.tsx';
import { exportStaff } from './staff-export.ts';
import { TransferDialog } from './TransferDialog.tsx';
import { useStaffActions } from './use-staff-actions.tsx';

export function StaffPage() {
  const { message } = App.useApp();
  const reference = useReferenceData();
  const actions = useStaffActions();
  const [filters, setFilters] = useState<StaffFilterValues>({ status: 'approved' });
  const [selected, setSelected] = useState<string[]>([]);
  const [transferring, setTransferring] = useState<string[] | null>(null);
  const [exporting, setExporting] = useState(false);
  const [version, setVersion] = useState(0);
  const list = usePagedQuery((f: StaffFilterValues, page) => api.staffList({ ...f, ...page }), filters);
  const open = useOpenRow(list.rows);
  const changed = () => {
    setSelected([]);
    setVersion((n) => n + 1);
    list.refresh();
  };

  const runExport = async () => {
    setExporting(true);
    try {
      const { rows, truncated } = await exportStaff(filters, reference);
      if (truncated) message.warning(`符合条件的人员过多，已导出前 ${rows} 人`);
      else message.success(`已导出 ${rows} 人`);
    } catch (error) {
      message.error(`导出失败：${messageOf(error)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title="专业技术人员管理"
        description="按姓名或身份证号码查找人员；点击一行查看其继续教育记录和年度学时。可从 Excel 名单中选择人员后批量处理。"
        extra={
          <>
            <ImportStaffListButton onFound={(rows) => setSelected(rows.map((row) => row.id))} />
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={runExport}
              data-testid="staff-export"
            >
              导出 Excel
            </Button>
          </>
        }
      />
      <PagedTable
        list={list}
        rowKey="id"
        columns={staffColumns(reference)}
        selection={{ keys: selected, onChange: setSelected }}
        activeKey={open.id}
        onRowClick={(row) => open.set(row.id)}
        emptyText="没有符合条件的人员"
        testId="staff-table"
        toolbar={
          <BatchToolbar
            filters={<StaffFilters value={filters} onChange={setFilters} reference={reference} />}
            selected={selected}
            actions={[
              {
                label: '调动部门',
                icon: <SwapOutlined />,
                onClick: setTransferring,
                testId: 'transfer-selected',
              },
              {
                label: '标记离职',
                icon: <LogoutOutlined />,
                danger: true,
                onClick: (ids) => actions.markLeft(ids, changed),
              },
            ]}
          />
        }
      />
      <StaffDrawer
        staffId={open.id}
        version={version}
        reference={reference}
        actions={actions}
        navigation={open.navigation}
        onTransfer={(staffId) => setTransferring([staffId])}
        onChanged={list.refresh}
        onClose={() => open.set(null)}
      />
      <TransferDialog staffIds={transferring} onDone={changed} onClose={() => setTransferring(null)} />
    </>
  );
}
