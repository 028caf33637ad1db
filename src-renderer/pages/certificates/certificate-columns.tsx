import { Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { CertificatePeople, CertificatePerson } from '../../../src-shared/contract/index.ts';
import { WaitingTag } from '../../components/WaitingTag.tsx';
import { formatDate, formatHours } from '../../components/format.ts';

type Requirement = CertificatePeople['requirement'];

const hoursCell = (hours: number, met: boolean, minimum: number | undefined) => (
  <Typography.Text type={met ? undefined : 'danger'}>
    {formatHours(hours)}
    {minimum !== undefined && <Typography.Text type="secondary"> / {minimum}</Typography.Text>}
  </Typography.Text>
);

/** Each person's hours for the year against the requirement, and any certificate printed. */
export function certificateColumns(requirement: Requirement): TableColumnsType<CertificatePerson> {
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 96,
      render: (name: string, row) => <Tooltip title={row.idNumber}>{name}</Tooltip>,
    },
    {
      title: '所属部门',
      dataIndex: 'departmentName',
      width: 120,
      ellipsis: true,
      render: (name: string | null) => name ?? '—',
    },
    {
      title: '公需科目',
      dataIndex: 'publicHours',
      width: 90,
      render: (hours: number, row) => hoursCell(hours, row.publicMet, requirement?.publicMinHours),
    },
    {
      title: '专业科目',
      dataIndex: 'professionalHours',
      width: 90,
      render: (hours: number, row) =>
        hoursCell(hours, row.professionalMet, requirement?.professionalMinHours),
    },
    {
      title: '合计',
      dataIndex: 'totalHours',
      width: 90,
      render: (hours: number, row) => hoursCell(hours, row.totalMet, requirement?.totalHours),
    },
    {
      title: '完成情况',
      dataIndex: 'met',
      width: 96,
      render: (met: boolean, row) => (
        <>
          {met ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>}
          {row.waiting && <WaitingTag />}
        </>
      ),
    },
    {
      title: '证书',
      dataIndex: 'certificate',
      width: 150,
      ellipsis: true,
      render: (certificate: CertificatePerson['certificate']) =>
        certificate ? (
          <Tooltip title={`${formatDate(certificate.printedAt)} 打印`}>{certificate.number}</Tooltip>
        ) : (
          <Typography.Text type="secondary">未打印</Typography.Text>
        ),
    },
  ];
}
