/*
 * RegistrationDrawer: one applicant's details with 通过 (A) / 驳回 (R), and previous/next (K / J,
 * ↑ / ↓) through the list.
 */
import { Alert, Button, Typography } from 'antd';
import type { ReferenceData } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { DetailDrawer, type DrawerNavigation } from '../../components/DetailDrawer.tsx';
import { StaffProfile } from '../staff/StaffProfile.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import { useHotkeys } from '../../components/use-hotkeys.ts';

export interface RegistrationDrawerProps {
  staffId: string | null;
  reference: ReferenceData | undefined;
  navigation?: DrawerNavigation;
  /** Keys are off while a dialog above the drawer takes them. */
  keysEnabled: boolean;
  onApprove(): void;
  onReject(): void;
  onClose(): void;
}

export function RegistrationDrawer({
  staffId,
  reference,
  navigation,
  keysEnabled,
  onApprove,
  onReject,
  onClose,
}: RegistrationDrawerProps) {
  const detail = useCoreData(
    () => (staffId ? api.staffDetail({ id: staffId }) : Promise.resolve(null)),
    staffId ?? '',
  );
  const staff = detail.data?.staff;
  const decidable = staff?.status === 'pending';
  useHotkeys({ a: onApprove, r: onReject }, staffId !== null && keysEnabled && decidable);
  return (
    <DetailDrawer
      open={staffId !== null}
      title="注册申请详情"
      loading={detail.loading && !staff}
      navigation={navigation}
      onClose={onClose}
      testId="registration-drawer"
      actions={
        decidable && (
          <>
            <Typography.Text type="secondary">A 通过 · R 驳回 · J/K 下一条/上一条 · Esc 关闭</Typography.Text>
            <Button danger onClick={onReject}>
              驳回（R）
            </Button>
            <Button type="primary" onClick={onApprove}>
              审核通过（A）
            </Button>
          </>
        )
      }
    >
      {detail.error && <Alert type="error" showIcon title={detail.error} />}
      {staff && <StaffProfile staff={staff} reference={reference} />}
    </DetailDrawer>
  );
}
