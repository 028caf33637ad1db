/*
 * CertificatePreview: the data one person's certificate will carry (the certificate layout itself is
 * drawn by the certificate module): number, name, masked ID number, unit, year, hours against the year's
 * requirement, completion and print date.
 */
import { Card, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CertificatePeople, CertificatePerson } from '../../../src-shared/contract/index.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDate, formatHours } from '../../components/format.ts';
import { maskIdNumber } from './mask-id-number.ts';

export interface CertificatePreviewProps {
  person: CertificatePerson | undefined;
  year: number;
  requirement: CertificatePeople['requirement'];
}

export function CertificatePreview({ person, year, requirement }: CertificatePreviewProps) {
  const session = useSession();
  if (!person)
    return (
      <Card size="small" title="证书数据预览">
        <Empty description="点击左侧表格中的人员，预览其证书数据" />
      </Card>
    );
  const rows = [
    {
      key: 'public',
      item: '公需科目',
      hours: person.publicHours,
      required: requirement?.publicMinHours,
      met: person.publicMet,
    },
    {
      key: 'professional',
      item: '专业科目',
      hours: person.professionalHours,
      required: requirement?.professionalMinHours,
      met: person.professionalMet,
    },
    {
      key: 'total',
      item: '合计',
      hours: person.totalHours,
      required: requirement?.totalHours,
      met: person.totalMet,
    },
  ];
  return (
    <Card size="small" title="证书数据预览" data-testid="certificate-preview">
      <Typography.Title level={4} style={{ textAlign: 'center', letterSpacing: 4 }}>
        专业技术人员继续教育证书
      </Typography.Title>
      {/* The long values (a certificate number runs to 36 characters) take a whole line of the narrow
          panel; in a narrower window the number breaks rather than running out of it. */}
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="证书编号" span={2}>
          <span style={{ wordBreak: 'break-all' }}>{person.certificate?.number ?? '打印时生成'}</span>
        </Descriptions.Item>
        <Descriptions.Item label="姓名">{person.name}</Descriptions.Item>
        <Descriptions.Item label="年度">{year}</Descriptions.Item>
        <Descriptions.Item label="身份证号码" span={2}>
          {maskIdNumber(person.idNumber)}
        </Descriptions.Item>
        <Descriptions.Item label="工作单位" span={2}>
          {session.unit.name}
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        columns={[
          { title: '项目', dataIndex: 'item' },
          { title: '完成学时', dataIndex: 'hours', render: formatHours },
          { title: '年度要求', dataIndex: 'required', render: (value?: number) => value ?? '—' },
          { title: '', dataIndex: 'met', render: (met: boolean) => (met ? '达标' : '未达标') },
        ]}
      />
      <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
        <Descriptions.Item label="完成情况">
          {person.met ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="打印日期">
          {person.certificate ? formatDate(person.certificate.printedAt) : dayjs().format('YYYY-MM-DD')}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
