import { Progress, Space, Typography } from 'antd';
import type { SyncState } from '../../src-shared/contract/index.ts';

const PHASE_LABELS = {
  push: '提交决定',
  pull: '下载数据',
  resync: '重新下载全部数据',
  prefetch: '预下载附件',
} as const;

/** The running sync's phase and how far it got, from the syncState events. */
export function SyncProgress({ progress }: { progress: NonNullable<SyncState['progress']> }) {
  const { phase, rowsDone, rowsTotal } = progress;
  const percent = rowsTotal ? Math.min(100, Math.floor((rowsDone / rowsTotal) * 100)) : undefined;
  return (
    <Space data-testid="sync-progress">
      <Typography.Text>
        {PHASE_LABELS[phase]}
        {rowsTotal ? `（${rowsDone} / ${rowsTotal}）` : rowsDone > 0 ? `（${rowsDone}）` : '…'}
      </Typography.Text>
      <Progress
        style={{ width: 180, margin: 0 }}
        size="small"
        percent={percent ?? 100}
        status="active"
        showInfo={percent !== undefined}
      />
    </Space>
  );
}
