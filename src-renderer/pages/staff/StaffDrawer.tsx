/*
 * StaffDrawer: one person's details, declarations and yearly hours, with 调动部门, 标记离职, 重置密码.
 */
import { Alert, Button, Tabs } from 'antd';
import type { ReferenceData } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { DetailDrawer, type DrawerNavigation } from '../../components/DetailDrawer.tsx';
import { PersonDeclarationsTable } from './PersonDeclarationsTable.tsx';
import { StaffProfile } from './StaffProfile.tsx';
import { YearHoursTable } from './YearHoursTable.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import type { StaffActions } from './use-staff-actions.tsx';

export interface StaffDrawerProps {
  staffId: string | null;
  /** Goes up when the person may have changed (e.g. transferred from the dialog). */
  version: number;
  reference: ReferenceData | undefined;
  navigation?: DrawerNavigation;
  actions: StaffActions;
  onTransfer(staffId: string): void;
  /** After a decision on the person: the list reloads. */
  onChanged(): void;
  onClose(): void;
}

export function StaffDrawer({
  staffId,
  version,
  reference,
  navigation,
  actions,
  onTransfer,
  onChanged,
  onClose,
}: StaffDrawerProps) {
  const detail = useCoreData(
    () => (staffId ? api.staffDetail({ id: staffId }) : Promise.resolve(null)),
    `${staffId}:${version}`,
  );
  const person = detail.data;
  const staff = person?.staff;
  const after = () => {
    detail.reload();
    onChanged();
  };
  return (
    <DetailDrawer
      open={staffId !== null}
      title={staff ? `${staff.name} · 人员详情` : '人员详情'}
      loading={detail.loading && !person}
      navigation={navigation}
      onClose={onClose}
      width={860}
      testId="staff-drawer"
      actions={
        staff && (
          <>
            <Button onClick={() => actions.resetPassword(staff, after)}>重置密码</Button>
            {staff.status === 'approved' && (
              <>
                <Button danger onClick={() => actions.markLeft([staff.id], after)}>
                  标记离职
                </Button>
                <Button type="primary" onClick={() => onTransfer(staff.id)}>
                  调动部门
                </Button>
              </>
            )}
          </>
        )
      }
    >
      {detail.error && <Alert type="error" showIcon title={detail.error} />}
      {person && staff && (
        <Tabs
          items={[
            {
              key: 'profile',
              label: '基本信息',
              children: <StaffProfile staff={staff} reference={reference} />,
            },
            {
              key: 'hours',
              label: `年度学时（${person.hours.length}）`,
              children: <YearHoursTable years={person.hours} />,
            },
            {
              key: 'declarations',
              label: `继续教育记录（${person.declarations.length}）`,
              children: <PersonDeclarationsTable rows={person.declarations} />,
            },
          ]}
        />
      )}
    </DetailDrawer>
  );
}
