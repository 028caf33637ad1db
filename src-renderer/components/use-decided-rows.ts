/*
 * useDecidedRows: decisions made on a review list show at once on the rows they concern, without
 * waiting for the list to reload, so that the keyboard cursor moves on from a decided row and a key
 * pressed meanwhile acts on the row the screen shows. `show` says how: the row with its new status
 * (继续教育信息管理: 通过 / 驳回, 待同步), or null for a row that leaves the list (审核注册账号).
 * Rows the list asked the core for after a decision was answered say it themselves (a decision
 * waiting for the server shows as 待同步 there too; the server may also have overruled it), so the
 * mark gives way to them, whatever reloaded the list in between (a sync, other filters).
 *
 *   const decided = useDecidedRows(list, (row, status: Status) => ({ ...row, status, waiting: true }));
 *   decided.mark(ids, 'approved');   // once the core has answered the decision
 *   <Table dataSource={decided.rows} />
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PagedQuery } from './use-paged-query.ts';

interface Mark<Decision> {
  decision: Decision;
  /** performance.now() when the core had answered the decision. */
  at: number;
}

export interface DecidedRows<Row, Decision> {
  rows: Row[];
  mark(ids: readonly string[], decision: Decision): void;
}

export function useDecidedRows<Row extends { id: string }, Decision>(
  list: PagedQuery<Row>,
  show: (row: Row, decision: Decision) => Row | null,
): DecidedRows<Row, Decision> {
  const [marks, setMarks] = useState<ReadonlyMap<string, Mark<Decision>>>(new Map());
  const { rows: listed, rowsRequestedAt } = list;

  // Marks older than the rows shown will never apply again: dropped at the next decision.
  const shownSince = useRef(rowsRequestedAt);
  useEffect(() => {
    shownSince.current = rowsRequestedAt;
  }, [rowsRequestedAt]);

  const mark = useCallback((ids: readonly string[], decision: Decision) => {
    const at = performance.now();
    setMarks((previous) => {
      const next = new Map([...previous].filter(([, kept]) => kept.at > shownSince.current));
      for (const id of ids) next.set(id, { decision, at });
      return next;
    });
  }, []);

  if (marks.size === 0) return { rows: listed, mark };
  const rows = listed.flatMap((row) => {
    const found = marks.get(row.id);
    if (!found || found.at <= rowsRequestedAt) return [row];
    const shown = show(row, found.decision);
    return shown ? [shown] : [];
  });
  return { rows, mark };
}
