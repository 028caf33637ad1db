/*
 * 继续教育信息管理: the unit's declarations with filters and status tabs, a detail drawer with the type's
 * fields and the scan, and approval or rejection (with a reason) of one row, a selection, or every
 * pending row matching the filters. The whole queue can be worked through from the keyboard.
 */
import { App, Flex } from 'antd';
import { useState } from 'react';
import type { DeclarationListInput, DeclarationRow } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { useReviewCursor } from '../../components/use-review-cursor.ts';
import { useReviewKeys } from '../../components/use-review-keys.ts';
import { usePagedQuery } from '../../components/use-paged-query.ts';
import { useDecidedRows } from '../../components/use-decided-rows.ts';
import { useDecision } from '../../components/use-decision.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import { BatchBar } from './BatchBar.tsx';
import { DeclarationDrawer } from './DeclarationDrawer.tsx';
import { DeclarationFilters, type DeclarationFilterValues } from './DeclarationFilters.tsx';
import { DeclarationTable } from './DeclarationTable.tsx';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { ShortcutBar } from '../../components/ShortcutBar.tsx';
import { StatusTabs, type StatusTab } from './StatusTabs.tsx';

const REJECT_PRESETS = [
  '扫描件不清晰',
  '学时超出规定上限',
  '证明材料与申报内容不符',
  '不属于继续教育范围',
  '计入年度有误',
];

/** A screenful: the queue is worked row by row, and a short page renders at once. */
const PAGE_SIZE = 20;

/** Rows a rejection is for, and where the keyboard cursor goes afterwards. */
type Rejecting = { ids: string[]; from: 'table' | 'drawer' | 'selection' } | { matching: number } | null;

export function DeclarationsPage() {
  const { modal } = App.useApp();
  const decide = useDecision();
  const [filters, setFilters] = useState<DeclarationFilterValues>({});
  const [tab, setTab] = useState<StatusTab>('pending');
  const [selected, setSelected] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Rejecting>(null);

  const listFilters: DeclarationListInput = tab === 'all' ? filters : { ...filters, status: tab };
  const listKey = JSON.stringify(listFilters);
  const list = usePagedQuery(
    (f: DeclarationListInput, page) => api.declarationsList({ ...f, ...page }),
    listFilters,
    { pageSize: PAGE_SIZE },
  );
  const counts = useCoreData(() => api.declarationsCounts(filters), JSON.stringify(filters));
  // Asked for after the list and its counts (effects run in this order), so the first page comes first.
  const reference = useReferenceData();
  const decided = useDecidedRows(list, (row, status: DeclarationRow['status']) => ({
    ...row,
    status,
    waiting: true,
  }));
  const rows = decided.rows;
  const cursor = useReviewCursor(list, listKey);
  const active: DeclarationRow | undefined = rows[cursor.index];
  const openIndex = rows.findIndex((row) => row.id === openId);

  const changeFilters = (next: DeclarationFilterValues) => {
    setFilters(next);
    setSelected([]);
  };

  /** Applies a decision to the rows at once; answers whether it went through. */
  const decideRows = async (
    ids: string[],
    status: 'approved' | 'rejected',
    run: () => ReturnType<typeof api.declarationsApprove>,
    rethrow = false,
  ) => {
    const done = await decide(status === 'approved' ? '通过' : '驳回', run, { rethrow });
    if (!done) return false;
    const skipped = new Set(done.skipped.map((item) => item.id));
    decided.mark(
      ids.filter((id) => !skipped.has(id)),
      status,
    );
    setSelected((keys) => keys.filter((key) => !ids.includes(key)));
    counts.reload();
    return true;
  };

  const afterRowDecision = (from: 'table' | 'drawer') => {
    if (from === 'table') cursor.next();
    else if (openIndex >= 0 && openIndex < rows.length - 1) setOpenId(rows[openIndex + 1]!.id);
  };

  const approveOne = async (row: DeclarationRow | undefined, from: 'table' | 'drawer') => {
    if (row?.status !== 'pending') return;
    if (await decideRows([row.id], 'approved', () => api.declarationsApprove({ ids: [row.id] })))
      afterRowDecision(from);
  };

  const approveSelected = () =>
    modal.confirm({
      title: `确定通过所选的 ${selected.length} 条继续教育信息吗？`,
      okText: '通过',
      onOk: () => decideRows(selected, 'approved', () => api.declarationsApprove({ ids: selected })),
    });

  const matching = counts.data?.pending ?? 0;
  const approveMatching = () =>
    modal.confirm({
      title: `确定通过符合当前筛选条件的全部 ${matching} 条待审核信息吗？`,
      content: '包括未显示在当前页的记录。通过后学时将计入相应人员的年度学时。',
      okText: `全部通过（${matching}）`,
      onOk: async () => {
        if (await decide('通过', () => api.declarationsApprove({ filter: filters }))) {
          counts.reload();
          list.refresh();
        }
      },
    });

  const submitRejection = async (reason: string) => {
    if (rejecting === null) return;
    if ('matching' in rejecting) {
      await decide('驳回', () => api.declarationsReject({ filter: filters, reason }), { rethrow: true });
      counts.reload();
      list.refresh();
      return;
    }
    const { ids, from } = rejecting;
    await decideRows(ids, 'rejected', () => api.declarationsReject({ ids, reason }), true);
    if (from !== 'selection') afterRowDecision(from);
  };

  const drawerOpen = openId !== null;
  const dialogOpen = rejecting !== null;
  const rejectRow = (row: DeclarationRow | undefined, from: 'table' | 'drawer') =>
    row?.status === 'pending' && setRejecting({ ids: [row.id], from });
  useReviewKeys(
    {
      next: cursor.next,
      previous: cursor.previous,
      open: () => active && setOpenId(active.id),
      approve: () => void approveOne(active, 'table'),
      reject: () => rejectRow(active, 'table'),
      toggle: () =>
        active?.status === 'pending' &&
        setSelected((keys) =>
          keys.includes(active.id) ? keys.filter((key) => key !== active.id) : [...keys, active.id],
        ),
    },
    !drawerOpen && !dialogOpen,
  );

  return (
    <>
      <PageHeader
        title="继续教育信息管理"
        description="审核本单位人员申报的继续教育信息。点击一行或按 Enter 查看申报内容和扫描件；可逐条、按所选或按筛选条件批量审核。"
      />
      <Flex vertical gap={8}>
        <StatusTabs
          value={tab}
          onChange={(next) => {
            setTab(next);
            setSelected([]);
          }}
          counts={counts.data}
        />
        <Flex vertical gap={8}>
          <DeclarationFilters value={filters} onChange={changeFilters} reference={reference} />
          <Flex justify="space-between" align="center" wrap gap={8}>
            <ShortcutBar />
            <BatchBar
              selected={selected.length}
              matching={matching}
              onApproveSelected={approveSelected}
              onRejectSelected={() => setRejecting({ ids: selected, from: 'selection' })}
              onApproveMatching={approveMatching}
              onRejectMatching={() => setRejecting({ matching })}
            />
          </Flex>
        </Flex>
        <DeclarationTable
          list={{ ...list, rows }}
          filtersKey={listKey}
          selected={selected}
          onSelect={setSelected}
          activeKey={openId ?? active?.id ?? null}
          onRowClick={(row) => {
            cursor.set(rows.indexOf(row));
            setOpenId(row.id);
          }}
        />
      </Flex>
      <DeclarationDrawer
        declarationId={openId}
        row={rows[openIndex]}
        reference={reference}
        keysEnabled={!dialogOpen}
        navigation={
          openIndex >= 0
            ? {
                position: openIndex + 1,
                count: rows.length,
                onPrevious: () => setOpenId(rows[openIndex - 1]?.id ?? openId),
                onNext: () => setOpenId(rows[openIndex + 1]?.id ?? openId),
              }
            : undefined
        }
        onApprove={() => void approveOne(rows[openIndex], 'drawer')}
        onReject={() => rejectRow(rows[openIndex], 'drawer')}
        onClose={() => {
          if (openIndex >= 0) cursor.set(openIndex);
          setOpenId(null);
        }}
      />
      <ReasonDialog
        open={dialogOpen}
        title={
          rejecting && 'matching' in rejecting
            ? `驳回符合筛选条件的全部 ${rejecting.matching} 条待审核信息`
            : '驳回继续教育信息'
        }
        count={
          rejecting === null ? undefined : 'matching' in rejecting ? rejecting.matching : rejecting.ids.length
        }
        presets={REJECT_PRESETS}
        onSubmit={submitRejection}
        onClose={() => setRejecting(null)}
      />
    </>
  );
}
