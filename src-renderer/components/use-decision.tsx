/*
 * useDecision: runs a local decision (applied to the cache at once, sent at the next sync) and tells the
 * officer what happened: how many rows it changed, that they wait to be synced, and what was skipped.
 *
 *   const decide = useDecision();
 *   const done = await decide('通过', () => api.registrationsApprove({ staffIds }));
 *   // In a ReasonDialog's onSubmit, rethrow so that the dialog stays open and shows the failure:
 *   await decide('驳回', () => api.registrationsReject({ staffIds, reason }), { rethrow: true });
 */
import { App } from 'antd';
import { useCallback } from 'react';
import type { Decision } from '../../src-shared/contract/index.ts';
import { useSync } from '../app/sync-context.ts';
import { messageOf } from './error-message.ts';

export type Decide = <D extends Decision>(
  verb: string,
  run: () => Promise<D>,
  options?: { rethrow?: boolean },
) => Promise<D | null>;

export function useDecision(): Decide {
  const { message, modal } = App.useApp();
  const sync = useSync();
  return useCallback(
    async <D extends Decision>(verb: string, run: () => Promise<D>, options: { rethrow?: boolean } = {}) => {
      try {
        const decision = await run();
        sync.refresh();
        if (decision.skipped.length === 0) message.success(`已${verb} ${decision.applied} 项，待同步`);
        else
          modal.info({
            title: `已${verb} ${decision.applied} 项，待同步；${decision.skipped.length} 项未处理`,
            content: (
              <ul style={{ maxHeight: 240, overflow: 'auto', paddingLeft: 20 }}>
                {decision.skipped.slice(0, 50).map((item) => (
                  <li key={item.id}>{item.reason}</li>
                ))}
              </ul>
            ),
          });
        return decision;
      } catch (error) {
        if (options.rethrow) throw error;
        message.error(`${verb}失败：${messageOf(error)}`);
        return null;
      }
    },
    [message, modal, sync],
  );
}
