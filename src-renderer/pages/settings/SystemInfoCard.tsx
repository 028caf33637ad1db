import { Alert, Card, Descriptions, Skeleton } from 'antd';
import { useAppInfo } from '../../app/use-app-info.ts';

const RUNTIME_LABEL = {
  electron: 'Electron 桌面程序',
  'browser-shell': '浏览器外壳（本机 127.0.0.1）',
} as const;

/** 关于本机: versions and where the local database lives. */
export function SystemInfoCard() {
  const state = useAppInfo();
  return (
    <Card title="系统信息" size="small">
      {state.status === 'loading' && <Skeleton active />}
      {state.status === 'failed' && (
        <Alert type="error" showIcon title="无法读取系统信息" description={state.message} />
      )}
      {state.status === 'ready' && (
        <Descriptions column={1} bordered size="small" data-testid="system-info">
          <Descriptions.Item label="产品名称">{state.info.productName}</Descriptions.Item>
          <Descriptions.Item label="版本">{state.info.version}</Descriptions.Item>
          <Descriptions.Item label="运行方式">{RUNTIME_LABEL[state.info.runtime]}</Descriptions.Item>
          <Descriptions.Item label="Node.js">{state.info.nodeVersion}</Descriptions.Item>
          <Descriptions.Item label="SQLite">{state.info.sqliteVersion}</Descriptions.Item>
          <Descriptions.Item label="本地数据库">{state.info.localDatabasePath}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
