/*
 * 审核注册账号: the unit's pending staff registrations; approve or reject (with a reason) one or many.
 * Staff cannot log in until approved, so the queue is worked through quickly: a click (or Enter) opens
 * the applicant, the drawer moves on to the next one after each decision, and the review keys of
 * 继续教育信息管理 (J/K, A, R, X) work the queue without the mouse.
 */
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input } from 'antd';
import { useState } from 'react';
import type { StaffRow } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { usePagedQuery } from '../../components/use-paged-query.ts';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { useReviewCursor } from '../../components/use-review-cursor.ts';
import { useReviewKeys } from '../../components/use-review-keys.ts';
import { ShortcutBar } from '../../components/ShortcutBar.tsx';
import { DepartmentSelect } from '../../components/DepartmentSelect.tsx';
import { useDecision } from '../../components/use-decision.tsx';
import { RegistrationDrawer } from './RegistrationDrawer.tsx';
import { registrationColumns } from './registration-columns.tsx';

const REJECT_PRESETS = [
  '非本单位人员',
  '所属部门填写有误',
  '个人信息与身份证不符',
  '请撤回后在正确的单位重新注册',
];

interface Filters {
  search?: string;
  departmentId?: string;
}

export function RegistrationsPage() {
  const { modal } = App.useApp();
  const reference = useReferenceData();
  const decide = useDecision();
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const list = usePagedQuery((f: Filters, page) => api.registrationsList({ ...f, ...page }), filters);
  // A decided row leaves the list when it reloads, so the cursor, staying in place, lands on the next.
  const cursor = useReviewCursor(list, JSON.stringify(filters));
  const active: StaffRow | undefined = list.rows[cursor.index];

  const openIndex = list.rows.findIndex((row) => row.id === openId);
  /** After deciding the open applicant, the drawer shows the next one (or closes at the end). */
  const afterDecision = (ids: string[]) => {
    setSelected((keys) => keys.filter((key) => !ids.includes(key)));
    if (openId && ids.includes(openId)) {
      const next = list.rows.slice(openIndex + 1).find((row) => !ids.includes(row.id));
      setOpenId(next?.id ?? null);
    }
    list.refresh();
  };

  const approve = async (ids: string[]) => {
    const done = await decide('通过', () => api.registrationsApprove({ staffIds: ids }));
    if (done) afterDecision(ids);
  };
  const confirmApprove = (ids: string[]) =>
    modal.confirm({
      title: `确定审核通过所选的 ${ids.length} 个注册申请吗？`,
      content: '通过后，这些人员即可登录系统并申报继续教育信息。',
      okText: '审核通过',
      onOk: () => approve(ids),
    });

  useReviewKeys(
    {
      next: cursor.next,
      previous: cursor.previous,
      open: () => active && setOpenId(active.id),
      approve: () => active && void approve([active.id]),
      reject: () => active && setRejecting([active.id]),
      toggle: () =>
        active &&
        setSelected((keys) =>
          keys.includes(active.id) ? keys.filter((key) => key !== active.id) : [...keys, active.id],
        ),
    },
    openId === null && rejecting === null,
  );

  const columns = registrationColumns(reference, {
    approve: (row: StaffRow) => void approve([row.id]),
    reject: (row: StaffRow) => setRejecting([row.id]),
  });

  return (
    <>
      <PageHeader
        title="审核注册账号"
        description="本单位专业技术人员的注册申请。审核通过后，人员才能登录系统；驳回时请写明原因，申请人将收到通知。"
      />
      <PagedTable
        list={list}
        rowKey="id"
        columns={columns}
        selection={{ keys: selected, onChange: setSelected }}
        activeKey={openId ?? active?.id ?? null}
        onRowClick={(row) => {
          cursor.set(list.rows.indexOf(row));
          setOpenId(row.id);
        }}
        emptyText="没有待审核的注册申请"
        testId="registrations-table"
        toolbar={
          <Flex vertical gap={8}>
            <Flex justify="space-between" wrap gap={8}>
              <Flex gap={8} wrap>
                <Input.Search
                  allowClear
                  placeholder="姓名或身份证号码"
                  style={{ width: 240 }}
                  onSearch={(search) => setFilters((f) => ({ ...f, search: search.trim() || undefined }))}
                  data-testid="registrations-search"
                />
                <DepartmentSelect
                  value={filters.departmentId}
                  onChange={(departmentId) => setFilters((f) => ({ ...f, departmentId }))}
                />
              </Flex>
              <Flex gap={8}>
                <Button
                  icon={<CheckOutlined />}
                  type="primary"
                  disabled={selected.length === 0}
                  onClick={() => confirmApprove(selected)}
                  data-testid="approve-selected"
                >
                  批量通过{selected.length > 0 && `（${selected.length}）`}
                </Button>
                <Button
                  icon={<CloseOutlined />}
                  danger
                  disabled={selected.length === 0}
                  onClick={() => setRejecting(selected)}
                  data-testid="reject-selected"
                >
                  批量驳回{selected.length > 0 && `（${selected.length}）`}
                </Button>
              </Flex>
            </Flex>
            <ShortcutBar />
          </Flex>
        }
      />
      <RegistrationDrawer
        staffId={openId}
        reference={reference}
        navigation={
          openIndex >= 0
            ? {
                position: openIndex + 1,
                count: list.rows.length,
                onPrevious: () => setOpenId(list.rows[openIndex - 1]?.id ?? openId),
                onNext: () => setOpenId(list.rows[openIndex + 1]?.id ?? openId),
              }
            : undefined
        }
        keysEnabled={rejecting === null}
        onApprove={() => openId && void approve([openId])}
        onReject={() => openId && setRejecting([openId])}
        onClose={() => {
          if (openIndex >= 0) cursor.set(openIndex);
          setOpenId(null);
        }}
      />
      <ReasonDialog
        open={rejecting !== null}
        title="驳回注册申请"
        count={rejecting?.length}
        presets={REJECT_PRESETS}
        onSubmit={async (reason) => {
          const ids = rejecting ?? [];
          await decide('驳回', () => api.registrationsReject({ staffIds: ids, reason }), { rethrow: true });
          afterDecision(ids);
        }}
        onClose={() => setRejecting(null)}
      />
    </>
  );
}
