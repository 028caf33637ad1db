/*
 * ConflictsPanel: the drawer listing decisions the server did not take as made (冲突) or refused
 * (拒绝), each with what the administrator decided and what the server has, to redo or discard.
 *
 *   <ConflictsPanel open={open} onClose={() => setOpen(false)} />
 */
import { App, Drawer, Empty, Flex, Spin } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Conflict } from '../../src-shared/contract/index.ts';
import { api } from '../api.ts';
import { useSync } from '../app/sync-context.ts';
import { ConflictCard } from './ConflictCard.tsx';
import { messageOf } from './error-message.ts';

export function ConflictsPanel({ open, onClose }: { open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const sync = useSync();
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const load = useCallback(() => {
    api.syncConflicts().then(setConflicts, (error: unknown) => message.error(messageOf(error)));
  }, [message]);

  useEffect(() => {
    if (open) load();
  }, [open, load, sync.state?.conflicts]);

  const settle = async (conflict: Conflict, how: 'redo' | 'discard') => {
    setBusy(conflict.id);
    try {
      if (how === 'redo') await api.syncConflictRedo({ conflictId: conflict.id });
      else await api.syncConflictDiscard({ conflictId: conflict.id });
      message.success(how === 'redo' ? '已重新提交，将在下次同步时发送' : '已放弃本机的决定');
      sync.refresh();
      sync.dataChanged();
      load();
    } catch (error) {
      message.error(messageOf(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer open={open} onClose={onClose} title="同步冲突" size={760} destroyOnHidden>
      {conflicts === null ? (
        <Spin />
      ) : conflicts.length === 0 ? (
        <Empty description="没有待处理的冲突" />
      ) : (
        <Flex vertical gap={12}>
          {conflicts.map((conflict) => (
            <ConflictCard
              key={conflict.id}
              conflict={conflict}
              busy={busy === conflict.id}
              onRedo={() => void settle(conflict, 'redo')}
              onDiscard={() => void settle(conflict, 'discard')}
            />
          ))}
        </Flex>
      )}
    </Drawer>
  );
}
