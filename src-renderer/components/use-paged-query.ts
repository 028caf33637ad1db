/*
 * usePagedQuery: pages of a core list call, by keyset cursor, for <PagedTable>.
 *
 *   const list = usePagedQuery(
 *     (filters, page) => api.staffList({ ...filters, ...page }),
 *     { search, departmentId, status },          // a change starts again at the first page
 *     { pageSize: 50, mode: 'pages' },           // 'more' appends pages below ("加载更多")
 *   );
 *   <PagedTable list={list} columns={columns} rowKey="id" />
 *   list.refresh();   // reload the pages shown (e.g. after a decision); lists also reload after a sync
 *
 * `load` may change identity on every render; only `filters` (compared by value) resets the paging.
 * The total is asked for once per filter (on the first page), since counting costs more than a page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataVersion } from '../app/data-version.ts';
import { messageOf } from './error-message.ts';

export interface PageArgs {
  after?: string;
  limit: number;
  withTotal: boolean;
}

export interface PageResult<Row> {
  rows: Row[];
  nextCursor: string | null;
  total?: number;
}

export interface PagedQueryOptions {
  pageSize?: number;
  /** 'pages': one page at a time with previous/next; 'more': pages appended below each other. */
  mode?: 'pages' | 'more';
}

export interface PagedQuery<Row> {
  rows: Row[];
  loading: boolean;
  error: string | null;
  /** Rows matching the filters, when counted. */
  total: number | undefined;
  /**
   * When (performance.now()) the rows shown were asked for: a decision the core had answered before then
   * is in them (the core answers calls in turn).
   */
  rowsRequestedAt: number;
  /** Zero-based page shown ('pages' mode). */
  pageIndex: number;
  pageSize: number;
  mode: 'pages' | 'more';
  hasNext: boolean;
  hasPrevious: boolean;
  next(): void;
  previous(): void;
  first(): void;
  /** Appends the next page ('more' mode). */
  loadMore(): void;
  /** Reloads what is shown, keeping the page. */
  refresh(): void;
}

const DEFAULT_PAGE_SIZE = 50;

type Loader<Row, Filters> = (filters: Filters, page: PageArgs) => Promise<PageResult<Row>>;

interface Position {
  /** `after` cursors of the pages so far: cursors[i] opens page i. */
  cursors: (string | undefined)[];
  pageIndex: number;
  /** Pages shown at once in 'more' mode. */
  pagesShown: number;
}

const START: Position = { cursors: [undefined], pageIndex: 0, pagesShown: 1 };

export function usePagedQuery<Row, Filters>(
  load: Loader<Row, Filters>,
  filters: Filters,
  options: PagedQueryOptions = {},
): PagedQuery<Row> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const mode = options.mode ?? 'pages';
  const filterKey = JSON.stringify(filters);
  const dataVersion = useDataVersion();
  const loadRef = useRef(load);
  const filtersRef = useRef(filters);
  useEffect(() => {
    loadRef.current = load;
    filtersRef.current = filters;
  });

  const [position, setPosition] = useState<Position>(START);
  const [positionKey, setPositionKey] = useState(filterKey);
  const [refreshes, setRefreshes] = useState(0);
  const [rows, setRows] = useState<Row[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [total, setTotal] = useState<number | undefined>(undefined);
  const [rowsRequestedAt, setRowsRequestedAt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  /** The request the rows answer; a newer one is loading. */
  const [answered, setAnswered] = useState<string | null>(null);

  // New filters start again at the first page (adjusting state during render, as React recommends).
  const current = positionKey === filterKey ? position : START;
  if (positionKey !== filterKey) {
    setPositionKey(filterKey);
    setPosition(START);
  }

  // 'more' mode: set by loadMore so that the effect fetches just the next page and appends it.
  const appendFrom = useRef<string | null>(null);

  const request = JSON.stringify([
    filterKey,
    current.pageIndex,
    current.pagesShown,
    refreshes,
    dataVersion,
    pageSize,
    mode,
  ]);
  const loading = answered !== request;

  useEffect(() => {
    let live = true;
    const requestedAt = performance.now();
    const append = appendFrom.current;
    appendFrom.current = null;
    const fetchPages = async () => {
      if (append) {
        const page = await loadRef.current(filtersRef.current, {
          after: append,
          limit: pageSize,
          withTotal: false,
        });
        return { fresh: page.rows, cursor: page.nextCursor, counted: undefined };
      }
      const pages = mode === 'more' ? current.pagesShown : 1;
      let fresh: Row[] = [];
      let cursor: string | null = current.cursors[mode === 'more' ? 0 : current.pageIndex] ?? null;
      let counted: number | undefined;
      for (let index = 0; index < pages; index++) {
        const page = await loadRef.current(filtersRef.current, {
          ...(cursor ? { after: cursor } : {}),
          limit: pageSize,
          withTotal: cursor === null,
        });
        fresh = fresh.concat(page.rows);
        if (page.total !== undefined) counted = page.total;
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return { fresh, cursor, counted };
    };
    fetchPages()
      .then(({ fresh, cursor, counted }) => {
        if (!live) return;
        setRows((shown) => (append ? shown.concat(fresh) : fresh));
        if (!append) setRowsRequestedAt(requestedAt);
        setNextCursor(cursor);
        if (counted !== undefined) setTotal(counted);
        setError(null);
      })
      .catch((failure: unknown) => live && setError(messageOf(failure)))
      .finally(() => live && setAnswered(request));
    return () => {
      live = false;
    };
    // `request` describes everything the effect reads from `current`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  const next = useCallback(() => {
    if (!nextCursor) return;
    setPosition((p) => {
      const cursors = p.cursors.slice(0, p.pageIndex + 1);
      cursors[p.pageIndex + 1] = nextCursor;
      return { ...p, cursors, pageIndex: p.pageIndex + 1 };
    });
  }, [nextCursor]);

  const loadMore = useCallback(() => {
    if (!nextCursor || loading) return;
    appendFrom.current = nextCursor;
    setPosition((p) => ({ ...p, pagesShown: p.pagesShown + 1 }));
  }, [nextCursor, loading]);

  return {
    rows,
    loading,
    error,
    total,
    rowsRequestedAt,
    pageIndex: current.pageIndex,
    pageSize,
    mode,
    hasNext: nextCursor !== null,
    hasPrevious: current.pageIndex > 0,
    next,
    previous: () => setPosition((p) => ({ ...p, pageIndex: Math.max(0, p.pageIndex - 1) })),
    first: () => setPosition(START),
    loadMore,
    refresh: () => setRefreshes((n) => n + 1),
  };
}
