/*
 * StatusBar: the line at the bottom of every screen: online or offline, the last sync, decisions
 * waiting (待同步), conflicts (opens the ConflictsPanel), a sync button with progress, and the version.
 */
import { SyncOutlined, WarningOutlined } from '@ant-design/icons';
import { Badge, Button, Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSync } from '../app/sync-context.ts';
import type { AppInfoState } from '../app/use-app-info.ts';
import { ConflictsPanel } from './ConflictsPanel.tsx';
import { SyncProgress } from './SyncProgress.tsx';

const CONNECTION = {
  online: { status: 'success', text: '在线' },
  offline: { status: 'default', text: '离线' },
  syncing: { status: 'processing', text: '正在同步' },
  unknown: { status: 'default', text: '读取中' },
} as const;

export function StatusBar({ appInfo }: { appInfo: AppInfoState }) {
  const { state, syncNow } = useSync();
  const [showConflicts, setShowConflicts] = useState(false);
  const [asked, setAsked] = useState(false);
  const syncing = asked || state?.status === 'syncing';
  const connection = CONNECTION[state?.status ?? 'unknown'];
  return (
    <Space size="large" wrap data-testid="status-bar" style={{ width: '100%' }}>
      <Badge status={connection.status} text={<span data-testid="connection">{connection.text}</span>} />
      <Typography.Text type="secondary" data-testid="last-synced">
        上次同步：{state?.lastSyncedAt ? dayjs(state.lastSyncedAt).format('YYYY-MM-DD HH:mm:ss') : '从未同步'}
      </Typography.Text>
      <Typography.Text data-testid="waiting-count" type={state?.waiting ? 'warning' : 'secondary'}>
        待同步 {state?.waiting ?? 0} 项
      </Typography.Text>
      <Button
        type="link"
        size="small"
        danger={Boolean(state?.conflicts)}
        disabled={!state?.conflicts}
        onClick={() => setShowConflicts(true)}
        data-testid="conflict-count"
        style={{ padding: 0 }}
      >
        冲突 {state?.conflicts ?? 0} 项
      </Button>
      {state?.needsLogIn && (
        <Typography.Text type="danger">
          <WarningOutlined /> 登录已失效，请退出后重新在线登录以同步
        </Typography.Text>
      )}
      {state?.error && !syncing && (
        <Tooltip title={state.error}>
          <Typography.Text type="danger" ellipsis style={{ maxWidth: 440 }} data-testid="sync-error">
            <WarningOutlined /> {state.error}
          </Typography.Text>
        </Tooltip>
      )}
      {state?.status === 'syncing' && state.progress && <SyncProgress progress={state.progress} />}
      <Button
        size="small"
        icon={<SyncOutlined spin={syncing} />}
        disabled={syncing || state === null}
        onClick={() => {
          setAsked(true);
          void syncNow().finally(() => setAsked(false));
        }}
        data-testid="sync-now"
      >
        {syncing ? '同步中' : '立即同步'}
      </Button>
      {appInfo.status === 'ready' && (
        <Typography.Text type="secondary">版本 {appInfo.info.version}</Typography.Text>
      )}
      <ConflictsPanel open={showConflicts} onClose={() => setShowConflicts(false)} />
    </Space>
  );
}
