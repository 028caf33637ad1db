/*
 * useDecidedRows: decisions made on this page show at once on the rows they concern (通过 / 驳回, 待同步)
 * without reloading the page, so that the row under the keyboard cursor stays where it is. A sync, or
 * other filters, bring the rows afresh from the cache, which then says the same.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeclarationRow } from '../../../src-shared/contract/index.ts';
import { useDataVersion } from '../../app/data-version.ts';

type Decided = Map<string, DeclarationRow['status']>;

export interface DecidedRows {
  apply(rows: DeclarationRow[]): DeclarationRow[];
  mark(ids: readonly string[], status: DeclarationRow['status']): void;
}

export function useDecidedRows(resetKey: string): DecidedRows {
  const dataVersion = useDataVersion();
  const key = `${resetKey}#${dataVersion}`;
  const [state, setState] = useState<{ key: string; decided: Decided }>({ key, decided: new Map() });
  const decided = state.key === key ? state.decided : undefined;

  const apply = (rows: DeclarationRow[]) =>
    decided === undefined || decided.size === 0
      ? rows
      : rows.map((row) => {
          const status = decided.get(row.id);
          return status ? { ...row, status, waiting: true } : row;
        });

  // A decision is marked when the core answers; a sync may have brought the rows afresh meanwhile (a
  // decision starts one), so the mark goes to the rows shown now, not to those of the click.
  const currentKey = useRef(key);
  useEffect(() => {
    currentKey.current = key;
  }, [key]);
  const mark = useCallback(
    (ids: readonly string[], status: DeclarationRow['status']) =>
      setState((previous) => {
        const now = currentKey.current;
        const next = new Map(previous.key === now ? previous.decided : []);
        for (const id of ids) next.set(id, status);
        return { key: now, decided: next };
      }),
    [],
  );
  return { apply, mark };
}
