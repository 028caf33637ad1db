import { Progress, type TableColumnsType } from 'antd';
import { metRate, type CompletionRow } from './completion-rows.ts';

export const completionColumns: TableColumnsType<CompletionRow> = [
  { title: '部门', dataIndex: 'name', width: 280 },
  { title: '人数', dataIndex: 'staff', width: 80, align: 'right' },
  { title: '达标', dataIndex: 'met', width: 80, align: 'right' },
  { title: '未达标', dataIndex: 'notMet', width: 80, align: 'right' },
  {
    title: '达标率',
    key: 'rate',
    width: 180,
    render: (_, row) => (
      <Progress
        percent={row.staff === 0 ? 0 : Math.round((row.met / row.staff) * 1000) / 10}
        size="small"
        format={() => metRate(row)}
      />
    ),
  },
  { title: '公需科目达标', dataIndex: 'publicMet', width: 110, align: 'right' },
  { title: '专业科目达标', dataIndex: 'professionalMet', width: 110, align: 'right' },
  { title: '总学时达标', dataIndex: 'totalMet', width: 100, align: 'right' },
];
