import { Alert, Card, Descriptions, Skeleton } from 'antd';
import type { AppInfoState } from '../../app/use-app-info.ts';

const RUNTIME_LABEL = {
  electron: 'Electron 桌面程序',
  'browser-shell': '浏览器外壳（本机 127.0.0.1）',
} as const;

export function SystemInfoPage({ state }: { state: AppInfoState }) {
  if (state.status === 'loading') return <Skeleton active />;
  if (state.status === 'failed')
    return <Alert type="error" showIcon title="无法读取系统信息" description={state.message} />;
  const { info } = state;
  return (
    <Card title="系统信息">
      <Descriptions column={1} bordered size="middle" data-testid="system-info">
        <Descriptions.Item label="产品名称">{info.productName}</Descriptions.Item>
        <Descriptions.Item label="版本">{info.version}</Descriptions.Item>
        <Descriptions.Item label="运行方式">{RUNTIME_LABEL[info.runtime]}</Descriptions.Item>
        <Descriptions.Item label="Node.js">{info.nodeVersion}</Descriptions.Item>
        <Descriptions.Item label="SQLite">{info.sqliteVersion}</Descriptions.Item>
        <Descriptions.Item label="本地数据库">{info.localDatabasePath}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
