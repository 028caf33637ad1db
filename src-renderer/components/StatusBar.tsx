import { Space, Typography } from 'antd';
import type { AppInfoState } from '../app/use-app-info.ts';

const RUNTIME_LABEL = { electron: '桌面版', 'browser-shell': '浏览器外壳' } as const;

export function StatusBar({ state }: { state: AppInfoState }) {
  if (state.status === 'loading')
    return <Typography.Text type="secondary">正在连接本机服务…</Typography.Text>;
  if (state.status === 'failed') return <Typography.Text type="danger">{state.message}</Typography.Text>;
  const { info } = state;
  return (
    <Space size="large" data-testid="status-bar">
      <span>版本 {info.version}</span>
      <span>{RUNTIME_LABEL[info.runtime]}</span>
      <Typography.Text type="secondary" ellipsis={{ tooltip: info.localDatabasePath }}>
        本地数据库：{info.localDatabasePath}
      </Typography.Text>
    </Space>
  );
}
