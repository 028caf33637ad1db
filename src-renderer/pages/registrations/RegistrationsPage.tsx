/*
 * 审核注册账号: the unit's pending staff registrations; approve or reject (with a reason) one or many.
 * Staff cannot log in until approved, so the queue is worked through quickly: a click (or Enter) opens
 * the applicant, the drawer moves on to the next one after each decision, and the review keys of
 * 继续教育信息管理 (J/K, A, R, X) work the queue without the mouse.
 */
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Flex } from 'antd';
import { useState } from 'react';
import type { Decision, StaffRow } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { BatchToolbar } from '../../components/BatchToolbar.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PagedTable } from '../../components/PagedTable.tsx';
import { ReasonDialog } from '../../components/ReasonDialog.tsx';
import { usePagedQuery } from '../../components/use-paged-query.ts';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { useReviewCursor } from '../../components/use-review-cursor.ts';
import { useReviewKeys } from '../../components/use-review-keys.ts';
import { ShortcutBar } from '../../components/ShortcutBar.tsx';
import { PersonFilters, type PersonFilterValues } from '../../components/PersonFilters.tsx';
import { useDecidedRows } from '../../components/use-decided-rows.ts';
import { useDecision } from '../../components/use-decision.tsx';
import { useOpenRow } from '../../components/use-open-row.ts';
import { RegistrationDrawer } from './RegistrationDrawer.tsx';
import { registrationColumns } from './registration-columns.tsx';

const REJECT_PRESETS = [
  '非本单位人员',
  '所属部门填写有误',
  '个人信息与身份证不符',
  '请撤回后在正确的单位重新注册',
];

export function RegistrationsPage() {
  const { modal } = App.useApp();
  const reference = useReferenceData();
  const decide = useDecision();
  const [filters, setFilters] = useState<PersonFilterValues>({});
  const [selected, setSelected] = useState<string[]>([]);
  const [rejecting, setRejecting] = useState<string[] | null>(null);
  const list = usePagedQuery(
    (f: PersonFilterValues, page) => api.registrationsList({ ...f, ...page }),
    filters,
  );
  // A decided applicant leaves the list at once, so the cursor, staying in place, lands on the next.
  const decided = useDecidedRows<StaffRow, null>(list, () => null);
  const shown = { ...list, rows: decided.rows };
  const cursor = useReviewCursor(shown, JSON.stringify(filters));
  const active: StaffRow | undefined = shown.rows[cursor.index];
  const open = useOpenRow(shown.rows);
  /** After deciding the open applicant, the drawer shows the next one (or closes at the end). */
  const afterDecision = (ids: string[], done: Decision) => {
    const skipped = new Set(done.skipped.map((item) => item.id));
    decided.mark(
      ids.filter((id) => !skipped.has(id)),
      null,
    );
    setSelected((keys) => keys.filter((key) => !ids.includes(key)));
    if (open.id && ids.includes(open.id)) {
      const next = shown.rows.slice(open.index + 1).find((row) => !ids.includes(row.id));
      open.set(next?.id ?? null);
    }
    list.refresh();
  };

  const approve = async (ids: string[]) => {
    const done = await decide('通过', () => api.registrationsApprove({ staffIds: ids }));
    if (done) afterDecision(ids, done);
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
      open: () => active && open.set(active.id),
      approve: () => active && void approve([active.id]),
      reject: () => active && setRejecting([active.id]),
      toggle: () =>
        active &&
        setSelected((keys) =>
          keys.includes(active.id) ? keys.filter((key) => key !== active.id) : [...keys, active.id],
        ),
    },
    open.id === null && rejecting === null,
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
        list={shown}
        rowKey="id"
        columns={columns}
        selection={{ keys: selected, onChange: setSelected }}
        activeKey={open.id ?? active?.id ?? null}
        onRowClick={(row) => {
          cursor.set(shown.rows.indexOf(row));
          open.set(row.id);
        }}
        emptyText="没有待审核的注册申请"
        testId="registrations-table"
        toolbar={
          <Flex vertical gap={8}>
            <BatchToolbar
              filters={
                <PersonFilters value={filters} onChange={setFilters} searchTestId="registrations-search" />
              }
              selected={selected}
              actions={[
                {
                  label: '批量通过',
                  icon: <CheckOutlined />,
                  primary: true,
                  onClick: confirmApprove,
                  testId: 'approve-selected',
                },
                {
                  label: '批量驳回',
                  icon: <CloseOutlined />,
                  danger: true,
                  onClick: setRejecting,
                  testId: 'reject-selected',
                },
              ]}
            />
            <ShortcutBar />
          </Flex>
        }
      />
      <RegistrationDrawer
        staffId={open.id}
        reference={reference}
        navigation={open.navigation}
        keysEnabled={rejecting === null}
        onApprove={() => open.id && void approve([open.id])}
        onReject={() => open.id && setRejecting([open.id])}
        onClose={() => {
          if (open.index >= 0) cursor.set(open.index);
          open.set(null);
        }}
      />
      <ReasonDialog
        open={rejecting !== null}
        title="驳回注册申请"
        count={rejecting?.length}
        presets={REJECT_PRESETS}
        onSubmit={async (reason) => {
          const ids = rejecting ?? [];
          const done = await decide('驳回', () => api.registrationsReject({ staffIds: ids, reason }), {
            rethrow: true,
          });
          if (done) afterDecision(ids, done);
        }}
        onClose={() => setRejecting(null)}
      />
    </>
  );
}
