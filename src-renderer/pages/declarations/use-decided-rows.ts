/*
 * useDecidedRows: decisions made on this page show at once on the rows they concern (通过 / 驳回, 待同步)
 * without reloading the page, so that the row under the keyboard cursor stays where it is. Rows the
 * list asked the core for after a decision was answered say it themselves (a decision waiting for the
 * server shows as 待同步 there too; the server may also have overruled it), so the mark gives way to
 * them, whatever reloaded the list in between (a sync, other filters).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeclarationRow } from '../../../src-shared/contract/index.ts';
import type { PagedQuery } from '../../components/use-paged-query.ts';

interface Mark {
  status: DeclarationRow['status'];
  /** performance.now() when the core had answered the decision. */
  at: number;
}

export interface DecidedRows {
  rows: DeclarationRow[];
  mark(ids: readonly string[], status: DeclarationRow['status']): void;
}

export function useDecidedRows(list: PagedQuery<DeclarationRow>): DecidedRows {
  const [marks, setMarks] = useState<ReadonlyMap<string, Mark>>(new Map());
  const { rows: listed, rowsRequestedAt } = list;

  // Marks older than the rows shown will never apply again: dropped at the next decision.
  const shownSince = useRef(rowsRequestedAt);
  useEffect(() => {
    shownSince.current = rowsRequestedAt;
  }, [rowsRequestedAt]);

  const mark = useCallback((ids: readonly string[], status: DeclarationRow['status']) => {
    const at = performance.now();
    setMarks((previous) => {
      const next = new Map([...previous].filter(([, kept]) => kept.at > shownSince.current));
      for (const id of ids) next.set(id, { status, at });
      return next;
    });
  }, []);

  const newer = (id: string) => {
    const found = marks.get(id);
    return found && found.at > rowsRequestedAt ? found : undefined;
  };
  const rows =
    marks.size === 0
      ? listed
      : listed.map((row) => {
          const found = newer(row.id);
          return found ? { ...row, status: found.status, waiting: true } : row;
        });
  return { rows, mark };
}
