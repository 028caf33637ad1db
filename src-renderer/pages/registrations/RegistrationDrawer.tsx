/*
 * RegistrationDrawer: one applicant's details with 通过 / 驳回, and previous/next through the list.
 */
import { Alert, Button } from 'antd';
import type { ReferenceData } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { DetailDrawer, type DrawerNavigation } from '../../components/DetailDrawer.tsx';
import { StaffProfile } from '../staff/StaffProfile.tsx';
import { useCoreData } from '../../components/use-core-data.ts';

export interface RegistrationDrawerProps {
  staffId: string | null;
  reference: ReferenceData | undefined;
  navigation?: DrawerNavigation;
  onApprove(): void;
  onReject(): void;
  onClose(): void;
}

export function RegistrationDrawer({
  staffId,
  reference,
  navigation,
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
            <Button danger onClick={onReject}>
              驳回
            </Button>
            <Button type="primary" onClick={onApprove}>
              审核通过
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
