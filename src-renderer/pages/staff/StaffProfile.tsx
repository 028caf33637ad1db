/*
 * StaffProfile: a person's registration details, as the unit sees them (审核注册账号, 专业技术人员管理).
 */
import { Descriptions, Tag } from 'antd';
import type { ReferenceData, StaffDetail } from '../../../src-shared/contract/index.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { codeLabel } from '../../components/use-reference-data.ts';
import { formatDate, formatTime } from '../../components/format.ts';
import { STAFF_STATUS } from './lib/staff-labels.ts';

export function StaffProfile({
  staff,
  reference,
}: {
  staff: StaffDetail['staff'];
  reference?: ReferenceData;
}) {
  const status = STAFF_STATUS[staff.status];
  return (
    <Descriptions bordered size="small" column={2} data-testid="staff-profile">
      <Descriptions.Item label="姓名">{staff.name}</Descriptions.Item>
      <Descriptions.Item label="身份证号码">{staff.idNumber}</Descriptions.Item>
      <Descriptions.Item label="性别">{codeLabel(reference, 'genders', staff.gender)}</Descriptions.Item>
      <Descriptions.Item label="出生日期">{formatDate(staff.birthDate)}</Descriptions.Item>
      <Descriptions.Item label="民族">
        {codeLabel(reference, 'ethnicities', staff.ethnicity)}
      </Descriptions.Item>
      <Descriptions.Item label="籍贯">{staff.nativePlace || '—'}</Descriptions.Item>
      <Descriptions.Item label="所属部门">{staff.departmentName ?? '未分配部门'}</Descriptions.Item>
      <Descriptions.Item label="学历">
        {codeLabel(reference, 'educations', staff.education)}
      </Descriptions.Item>
      <Descriptions.Item label="毕业院校">{staff.school || '—'}</Descriptions.Item>
      <Descriptions.Item label="所学专业">{staff.major || '—'}</Descriptions.Item>
      <Descriptions.Item label="职称级别">
        {codeLabel(reference, 'titleLevels', staff.titleLevel)}
      </Descriptions.Item>
      <Descriptions.Item label="职称名称">{staff.titleName || '—'}</Descriptions.Item>
      <Descriptions.Item label="手机号码">{staff.phone || '—'}</Descriptions.Item>
      <Descriptions.Item label="电子邮箱">{staff.email || '—'}</Descriptions.Item>
      <Descriptions.Item label="注册时间">{formatTime(staff.registeredAt)}</Descriptions.Item>
      <Descriptions.Item label="状态">
        <Tag color={status.color}>{status.label}</Tag>
        {staff.waiting && <WaitingTag />}
      </Descriptions.Item>
      {staff.decidedAt && (
        <Descriptions.Item label="审核时间">{formatTime(staff.decidedAt)}</Descriptions.Item>
      )}
      {staff.leftAt && <Descriptions.Item label="离职时间">{formatTime(staff.leftAt)}</Descriptions.Item>}
      {staff.rejectReason && (
        <Descriptions.Item label="驳回原因" span={2}>
          {staff.rejectReason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
