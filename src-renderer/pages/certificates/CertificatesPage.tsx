/*
 * 证书打印: choose the year and the people (a department, completion status, an Excel list or a name),
 * see each person's hours for the year, preview the real certificate (PDF), and print it on a local
 * printer or save it as PDF, for the chosen people or everyone matching the filters. The job runs in
 * the core with progress and cancel; certificates that printed are recorded (待同步) and their numbers
 * show in the table.
 */
import { Alert, App, Col, Flex, Row, Table } from 'antd';
import { useState } from 'react';
import type {
  CertificateJobResult,
  CertificatePerson,
  CertificatesRunInput,
} from '../../../src-shared/contract/index.ts';
import { api } from '../../api.ts';
import { useSync } from '../../app/sync-context.ts';
import { messageOf } from '../../components/error-message.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useCoreData } from '../../components/use-core-data.ts';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { CertificateActions } from './CertificateActions.tsx';
import { certificateColumns } from './certificate-columns.tsx';
import { CertificateFilters, type CertificateFilterValues } from './CertificateFilters.tsx';
import { CertificateJobModal } from './CertificateJobModal.tsx';
import { initialChoice, runOutput, type OutputChoice } from './certificate-output.ts';
import { CertificateOutputPanel } from './CertificateOutputPanel.tsx';
import { CertificatePdfModal, type CertificatePdfModalProps } from './CertificatePdfModal.tsx';
import { CertificatePreview } from './CertificatePreview.tsx';
import { CertificateTemplateModal } from './CertificateTemplateModal.tsx';
import { useCertificateJob } from './use-certificate-job.ts';

type Selection = CertificatesRunInput['selection'];

/** Everyone the filters show: by the core's filters, or by id once a name narrowed the list here. */
function matchingSelection(filters: CertificateFilterValues, shown: CertificatePerson[]): Selection {
  if (filters.name) return { staffIds: shown.map((row) => row.staffId) };
  const { departmentId, met, staffIds } = filters;
  return { departmentId, met, staffIds };
}

export function CertificatesPage() {
  const { message, modal } = App.useApp();
  const sync = useSync();
  const reference = useReferenceData();
  const thisYear = new Date().getFullYear();
  const [filters, setFilters] = useState<CertificateFilterValues>({ year: thisYear });
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [pdfRequest, setPdfRequest] = useState<CertificatePdfModalProps['request']>(null);
  const [edited, setEdited] = useState<OutputChoice | null>(null);
  const [templateOpen, setTemplateOpen] = useState(false);
  const { name: _name, ...coreFilters } = filters;
  const people = useCoreData(() => api.certificatesPeople(coreFilters), JSON.stringify(coreFilters));
  const settings = useCoreData(() => api.settingsGet(), 'settings');
  const printers = useCoreData(() => api.printersList(), 'printers');
  const job = useCertificateJob((result: CertificateJobResult) => {
    if (result.recorded > 0) {
      people.reload();
      sync.refresh();
    }
  });

  const choice = edited ?? initialChoice(settings.data, printers.data ?? []);
  const allRows = people.data?.rows ?? [];
  const rows = filters.name ? allRows.filter((row) => row.name.includes(filters.name!)) : allRows;
  const years = [...new Set([thisYear, ...(reference?.hourRequirements ?? []).map((row) => row.year)])]
    .filter((year) => year <= thisYear)
    .sort((a, b) => b - a);
  const met = rows.filter((row) => row.met).length;
  const printing = choice.mode === 'print';
  const verb = printing ? '打印' : '保存';
  const previewPerson = rows.find((row) => row.staffId === previewId);

  const changeFilters = (next: CertificateFilterValues) => {
    setFilters(next);
    setSelected([]);
  };

  const run = async (selection: Selection) => {
    try {
      await job.start({ year: filters.year, selection, ...runOutput(choice) });
    } catch (error) {
      message.error(`${verb}失败：${messageOf(error)}`);
    }
  };

  const runMatching = () =>
    modal.confirm({
      title: `确定${verb}符合当前筛选条件的全部 ${rows.length} 人的证书吗？`,
      content: '包括未显示在当前页的人员。已打印过证书的人员按原证书编号重新打印。',
      okText: `${verb}（${rows.length}）`,
      onOk: () => void run(matchingSelection(filters, rows)),
    });

  const preview = () =>
    setPdfRequest({
      year: filters.year,
      staffId: previewPerson?.staffId,
      name: previewPerson?.name,
      paperSize: choice.paperSize,
      orientation: choice.orientation,
    });

  return (
    <>
      <PageHeader
        title="证书打印"
        description="继续教育证书按年度打印，记载当年度公需科目、专业科目学时及达标情况。点击人员可预览其证书；勾选人员后打印，或打印全部符合条件的人员。"
      />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Flex vertical gap={12}>
            <CertificateFilters value={filters} years={years} onChange={changeFilters} />
            <CertificateActions
              printing={printing}
              selected={selected.length}
              matching={rows.length}
              previewName={previewPerson?.name ?? null}
              busy={job.output !== null}
              onPreview={preview}
              onTemplate={() => setTemplateOpen(true)}
              onRunSelected={() => void run({ staffIds: selected })}
              onRunMatching={runMatching}
            />
            {people.error && <Alert type="error" showIcon title={people.error} />}
            <div data-testid="certificate-people">
              <Table<CertificatePerson>
                size="middle"
                bordered
                rowKey="staffId"
                loading={people.loading}
                dataSource={rows}
                columns={certificateColumns(people.data?.requirement ?? null)}
                rowSelection={{
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys as string[]),
                  preserveSelectedRowKeys: true,
                }}
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
          </Flex>
        </Col>
        <Col xs={24} xl={9}>
          <CertificateOutputPanel
            value={choice}
            onChange={setEdited}
            printers={printers.data ?? []}
            printersLoading={printers.loading}
            printersError={printers.error}
            onReloadPrinters={printers.reload}
            year={filters.year}
            disabled={job.output !== null}
          />
          <CertificatePreview
            person={previewPerson}
            year={filters.year}
            requirement={people.data?.requirement ?? null}
          />
        </Col>
      </Row>
      <CertificatePdfModal request={pdfRequest} onClose={() => setPdfRequest(null)} />
      <CertificateTemplateModal
        open={templateOpen}
        onClose={() => setTemplateOpen(false)}
        preview={{ year: filters.year, paperSize: choice.paperSize, orientation: choice.orientation }}
      />
      <CertificateJobModal job={job} onCancel={() => void job.cancel()} onClose={job.dismiss} />
    </>
  );
}
