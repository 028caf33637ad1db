/*
 * 学时统计: how the unit's staff stand against a year's hour requirement, per department (met / not met /
 * by category) as a table and a chart, and per person; the department table exports to Excel.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Select, Skeleton, Statistic, Table, Tabs } from 'antd';
import { useState } from 'react';
import { api } from '../../api.ts';
import { useSession } from '../../app/session-context.ts';
import { messageOf } from '../../components/error-message.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useReferenceData } from '../../components/use-reference-data.ts';
import { useCoreData } from '../../components/use-core-data.ts';
import { completionColumns } from './completion-columns.tsx';
import { completionRows, metRate, type CompletionRow } from './completion-rows.ts';
import { CompletionChart } from './CompletionChart.tsx';
import { exportCompletion } from './hours-export.ts';
import { StaffHoursTable } from './StaffHoursTable.tsx';

export function HoursPage() {
  const { message } = App.useApp();
  const session = useSession();
  const reference = useReferenceData();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const completion = useCoreData(() => api.hoursCompletion({ year }), String(year));
  const years = [...new Set([thisYear, ...(reference?.hourRequirements ?? []).map((row) => row.year)])]
    .filter((candidate) => candidate <= thisYear)
    .sort((a, b) => b - a);
  const data = completion.data;
  const rows = data ? completionRows(data, session.unit.name) : [];
  const unit = rows[0];
  const requirement = data?.requirement;

  const download = () =>
    exportCompletion(year, rows).then(
      () => message.success('已导出学时统计表'),
      (error: unknown) => message.error(`导出失败：${messageOf(error)}`),
    );

  return (
    <>
      <PageHeader
        title="学时统计"
        description={
          requirement
            ? `${year} 年度要求：合计不少于 ${requirement.totalHours} 学时，其中公需科目不少于 ${requirement.publicMinHours} 学时、专业科目不少于 ${requirement.professionalMinHours} 学时。`
            : `${year} 年度尚无学时要求。`
        }
        extra={
          <>
            <Select
              style={{ width: 120 }}
              value={year}
              onChange={setYear}
              options={years.map((value) => ({ value, label: `${value} 年度` }))}
              data-testid="hours-year"
            />
            <Button
              icon={<DownloadOutlined />}
              disabled={!unit}
              onClick={download}
              data-testid="hours-export"
            >
              导出 Excel
            </Button>
          </>
        }
      />
      {completion.error && <Alert type="error" showIcon title={completion.error} />}
      {!unit ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Tabs
          items={[
            {
              key: 'departments',
              label: '按部门统计',
              children: (
                <>
                  <Row gutter={16} style={{ marginBottom: 16 }} data-testid="hours-summary">
                    {summaryFigures(unit).map(({ title, value, suffix, color }) => (
                      <Col span={6} key={title}>
                        <Card size="small">
                          <Statistic
                            title={title}
                            value={value}
                            suffix={suffix}
                            styles={color ? { content: { color } } : undefined}
                          />
                        </Card>
                      </Col>
                    ))}
                  </Row>
                  <Card size="small" title="各部门完成情况" style={{ marginBottom: 16 }}>
                    <CompletionChart rows={unit.children ?? [unit]} />
                  </Card>
                  <Table
                    size="small"
                    bordered
                    rowKey="key"
                    columns={completionColumns}
                    dataSource={rows}
                    pagination={false}
                    expandable={{ defaultExpandedRowKeys: ['unit'] }}
                    scroll={{ x: 'max-content' }}
                    data-testid="completion-table"
                  />
                </>
              ),
            },
            { key: 'staff', label: '按人员查看', children: <StaffHoursTable year={year} /> },
          ]}
        />
      )}
    </>
  );
}

/** The unit's head figures above the department table. */
function summaryFigures(unit: CompletionRow) {
  return [
    { title: '专业技术人员', value: unit.staff, suffix: '人' },
    { title: '达标', value: unit.met, suffix: '人', color: '#389e0d' },
    { title: '未达标', value: unit.notMet, suffix: '人', color: '#cf1322' },
    { title: '达标率', value: metRate(unit) },
  ];
}
