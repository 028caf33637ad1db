import type { Kysely } from 'kysely';
import type { DeclarationList, DeclarationListArgs } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { countDeclarations } from './declaration-counts.ts';
import { declarationFilterOf } from './declaration-filter.ts';
import { declarationPositions, type DeclarationSort } from './declaration-positions.ts';
import { declarationRowsAt } from './declaration-rows.ts';
import { decodeCursor, pageOf } from './page-cursor.ts';

/** The declaration review list (继续教育申报审核): one page, filtered and sorted. */
export async function listDeclarations(
  db: Kysely<CacheSchema>,
  args: DeclarationListArgs,
): Promise<DeclarationList> {
  const { after, limit, withTotal, status, sort: key, order, ...filters } = args;
  const sort: DeclarationSort = { key, order };
  const sortKey = `declarations:${key}:${order}`;
  const filter = { ...declarationFilterOf(filters), status };
  const positions = await declarationPositions(db, filter, sort, decodeCursor(sortKey, after), limit);
  const page = pageOf(positions, limit, sortKey, (position) => position);
  const rows = await declarationRowsAt(
    db,
    page.rows.map((position) => position.rowid),
  );
  if (!withTotal) return { rows, nextCursor: page.nextCursor };
  const counts = await countDeclarations(db, filter);
  return { rows, nextCursor: page.nextCursor, total: counts[status ?? 'all'] };
}
