import { Descriptions, Tag } from 'antd';
import type { ReferenceData, UnitInfo } from '../../../src-shared/contract/index.ts';
import { codeLabel } from '../../components/use-reference-data.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';

const CODE_KINDS: Record<string, string> = {
  socialCreditCode: '统一社会信用代码',
  organizationCode: '组织机构代码',
};

const STATUS: Record<string, { color: string; text: string }> = {
  approved: { color: 'green', text: '已审核' },
  pending: { color: 'gold', text: '待审核' },
  rejected: { color: 'red', text: '未通过' },
};

/** The unit as the cache has it, coded items in words. */
export function UnitInfoView({ unit, reference }: { unit: UnitInfo; reference: ReferenceData | undefined }) {
  const label = (dictionary: string, code: string) => codeLabel(reference, dictionary, code);
  const status = STATUS[unit.status];
  return (
    <Descriptions
      bordered
      column={2}
      size="middle"
      data-testid="unit-info"
      styles={{ label: { width: 170 } }}
    >
      <Descriptions.Item label="单位名称" span={2}>
        {unit.name} {unit.waiting && <WaitingTag />}
      </Descriptions.Item>
      <Descriptions.Item label={CODE_KINDS[unit.codeKind] ?? '单位代码'}>{unit.code}</Descriptions.Item>
      <Descriptions.Item label="审核状态">
        {status ? <Tag color={status.color}>{status.text}</Tag> : unit.status}
      </Descriptions.Item>
      <Descriptions.Item label="所属区域">{label('regions', unit.regionCode)}</Descriptions.Item>
      <Descriptions.Item label="同级人社部门">
        {label('hrDepartments', unit.hrDepartmentCode)}
      </Descriptions.Item>
      <Descriptions.Item label="单位性质">{label('unitNatures', unit.natureCode)}</Descriptions.Item>
      <Descriptions.Item label="行业主管部门">{unit.competentDepartment || '—'}</Descriptions.Item>
      <Descriptions.Item label="单位隶属关系">
        {label('affiliations', unit.affiliationCode)}
      </Descriptions.Item>
      <Descriptions.Item label="单位级别">{label('unitLevels', unit.levelCode)}</Descriptions.Item>
      <Descriptions.Item label="单位所属行业" span={2}>
        {label('industries', unit.industryCode)}
      </Descriptions.Item>
      <Descriptions.Item label="单位地址" span={2}>
        {unit.address || '—'}
      </Descriptions.Item>
      <Descriptions.Item label="联系人">{unit.contactName || '—'}</Descriptions.Item>
      <Descriptions.Item label="联系电话">{unit.contactPhone || '—'}</Descriptions.Item>
    </Descriptions>
  );
}
