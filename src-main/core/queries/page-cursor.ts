import { CallFailure } from '../api/call-failure.ts';

/**
 * A keyset position: the sort value and rowid of the last row shown. Rowids are stable while a
 * row is updated in place; a resync renumbers them, after which a list starts again from the top.
 */
export interface Position {
  value: string | number;
  rowid: number;
}

/** The sort a cursor was made for: a cursor is only valid for the same sort. */
export type SortKey = string;

export function encodeCursor(sort: SortKey, position: Position): string {
  return Buffer.from(JSON.stringify([sort, position.value, position.rowid])).toString('base64url');
}

export function decodeCursor(sort: SortKey, cursor: string | undefined): Position | undefined {
  if (cursor === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!isPosition(parsed) || parsed[0] !== sort) {
    throw new CallFailure('INVALID_ARGUMENT', '列表位置已失效，请重新加载', [
      { field: 'after', message: '无效的分页位置' },
    ]);
  }
  return { value: parsed[1], rowid: parsed[2] };
}

function isPosition(value: unknown): value is [string, string | number, number] {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    (typeof value[1] === 'string' || typeof value[1] === 'number') &&
    Number.isSafeInteger(value[2])
  );
}

/** The page and the cursor of the next one, from rows fetched with one extra row as a look-ahead. */
export function pageOf<Row>(
  fetched: Row[],
  limit: number,
  sort: SortKey,
  positionOf: (row: Row) => Position,
): { rows: Row[]; nextCursor: string | null } {
  if (fetched.length <= limit) return { rows: fetched, nextCursor: null };
  const rows = fetched.slice(0, limit);
  return { rows, nextCursor: encodeCursor(sort, positionOf(rows[rows.length - 1]!)) };
}
