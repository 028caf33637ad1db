/*
 * 证书打印: choose the year and the people (a department, completion status, or an Excel list), see each
 * person's hours for the year and preview the data of their certificate. Printing and saving as PDF come
 * with the certificate module: the contract has no call for them yet, so no button pretends to.
 */
import { Alert, Col, Row, Table } from 'antd';
import { useState } from 'react';
import type { CertificatePerson } from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { useCoreData } from '../../components/use-core-data.ts';
import { certificateColumns } from './certificate-columns.tsx';
import { CertificateFilters, type CertificateFilterValues } from './CertificateFilters.tsx';
import { CertificatePreview } from './CertificatePreview.tsx';

export function CertificatesPage() {
  const reference = useReferenceData();
  const thisYear = new Date().getFullYear();
  const [filters, setFilters] = useState<CertificateFilterValues>({ year: thisYear });
  const [previewId, setPreviewId] = useState<string | null>(null);
  const people = useCoreData(() => api.certificatesPeople(filters), JSON.stringify(filters));
  const rows = people.data?.rows ?? [];
  const years = [...new Set([thisYear, ...(reference?.hourRequirements ?? []).map((row) => row.year)])]
    .filter((year) => year <= thisYear)
    .sort((a, b) => b - a);
  const met = rows.filter((row) => row.met).length;

  return (
    <>
      <PageHeader
        title="证书打印"
        description="继续教育证书按年度打印，记载当年度公需科目、专业科目学时及达标情况。"
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="证书的打印和保存为 PDF 由证书模块提供，该功能接入后将在此处显示打印机选择和打印按钮。"
      />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <CertificateFilters value={filters} years={years} onChange={setFilters} />
          {people.error && <Alert type="error" showIcon title={people.error} style={{ marginTop: 12 }} />}
          <div style={{ marginTop: 12 }} data-testid="certificate-people">
            <Table<CertificatePerson>
              size="middle"
              bordered
              rowKey="staffId"
              loading={people.loading}
              dataSource={rows}
              columns={certificateColumns(people.data?.requirement ?? null)}
              rowClassName={(row) => (row.staffId === previewId ? 'row-active' : '')}
              onRow={(row) => ({ onClick: () => setPreviewId(row.staffId), style: { cursor: 'pointer' } })}
              pagination={{
                pageSize: 20,
                showSizeChanger: false,
                showTotal: (total) => `共 ${total} 人，达标 ${met} 人，未达标 ${total - met} 人`,
              }}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: '没有符合条件的人员' }}
            />
          </div>
        </Col>
        <Col xs={24} xl={9}>
          <CertificatePreview
            person={rows.find((row) => row.staffId === previewId)}
            year={filters.year}
            requirement={people.data?.requirement ?? null}
          />
        </Col>
      </Row>
    </>
  );
}
