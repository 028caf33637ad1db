/*
 * useReviewCursor: the row under the keyboard cursor on the current page of a review list. The cursor
 * follows its row when the list reloads (a sync removes decided rows from the 待审核 tab); if its row is
 * gone, it stays at the same place. Moving past the last row opens the next page at its first row;
 * moving above the first opens the previous page at its last row.
 */
import { useEffect, useState } from 'react';
import type { PagedQuery } from './use-paged-query.ts';

export interface ReviewCursor {
  index: number;
  set(index: number): void;
  next(): void;
  previous(): void;
}

interface Position {
  page: string;
  /** The row under the cursor, when known. */
  id: string | null;
  /** Where it was, for when the row is gone; 'last' opens a page at its end. */
  index: number | 'last';
}

export function useReviewCursor<Row extends { id: string }>(
  list: PagedQuery<Row>,
  resetKey: string,
): ReviewCursor {
  const page = `${resetKey}#${list.pageIndex}`;
  const [position, setPosition] = useState<Position>({ page, id: null, index: 0 });
  const current = position.page === page ? position : { page, id: null, index: 0 };
  const last = Math.max(0, list.rows.length - 1);
  const found = current.id === null ? -1 : list.rows.findIndex((row) => row.id === current.id);
  const index = found >= 0 ? found : current.index === 'last' ? last : Math.min(current.index, last);

  const activeId = list.rows[index]?.id;
  // A page that just opened at its first row needs no scrolling, and asking for it would force a layout
  // before the first paint of the list.
  const moved = current.id !== null || current.index !== 0;
  useEffect(() => {
    if (activeId && moved)
      document.querySelector(`[data-row-key="${activeId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId, moved]);

  const moveTo = (next: number) => setPosition({ page, id: list.rows[next]?.id ?? null, index: next });
  const openPage = (pageIndex: number, at: 0 | 'last') =>
    setPosition({ page: `${resetKey}#${pageIndex}`, id: null, index: at });
  return {
    index,
    set: moveTo,
    next: () => {
      if (index < last) moveTo(index + 1);
      else if (list.hasNext && !list.loading) {
        openPage(list.pageIndex + 1, 0);
        list.next();
      }
    },
    previous: () => {
      if (index > 0) moveTo(index - 1);
      else if (list.hasPrevious && !list.loading) {
        openPage(list.pageIndex - 1, 'last');
        list.previous();
      }
    },
  };
}
