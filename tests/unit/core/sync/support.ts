import { join } from 'node:path';
import { applyPullPage, openCache, type Cache } from '../../../../src-main/core/cache/index.ts';
import type { DecisionContext } from '../../../../src-main/core/decisions/index.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';
import { declarationRow, departmentRow, pageOf, staffRow, type Row } from '../cache/support/pages.ts';

export const ADMIN_ID = '00000000-0000-4000-8000-00000000a001';
export const TOP = '00000000-0000-4000-8000-0000000000d1';
export const CHILD = '00000000-0000-4000-8000-0000000000d2';
export const EMPTY = '00000000-0000-4000-8000-0000000000d3';

export interface TestCache {
  cache: Cache;
  context: DecisionContext;
  dispose(): Promise<void>;
}

/**
 * A cache holding a small unit as pulled from the server: departments 内科 > 心内科 and 外科 (empty),
 * approved staff a1–a4, pending registrations p1–p2, and pending declarations d1–d6 of a1/a2.
 */
export async function smallUnitCache(): Promise<TestCache> {
  const dir = makeTempDir('sync-unit');
  const cache = await openCache(join(dir.path, 'cache.sqlite'));
  const staff: Row[] = [
    ...['a1', 'a2', 'a3', 'a4'].map((id) => staffRow(id, { department_id: CHILD })),
    ...['p1', 'p2'].map((id) => staffRow(id, { status: 'pending', department_id: TOP })),
  ];
  const declarations = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'].map((id, i) =>
    declarationRow(id, i % 2 ? 'a2' : 'a1'),
  );
  applyPullPage(
    cache,
    pageOf({
      unit_admins: [
        {
          id: ADMIN_ID,
          id_number: '410105198005010011',
          name: '主管理员',
          phone: '13800000000',
          email: 'admin@example.cn',
          role: 'admin',
          permissions: '[]',
          status: 'active',
          version: 1,
        },
      ],
      departments: [
        departmentRow(TOP, null, '内科'),
        departmentRow(CHILD, TOP, '心内科'),
        departmentRow(EMPTY, null, '外科'),
      ],
      staff,
      declarations,
    }),
  );
  return {
    cache,
    context: { cache, adminId: ADMIN_ID, now: () => new Date('2026-11-28T08:00:00.000Z') },
    async dispose() {
      await cache.close();
      dir.remove();
    },
  };
}

export function row(cache: Cache, table: string, id: string): Record<string, unknown> | undefined {
  return cache.sqlite.prepare(`select * from "${table}" where id = ?`).get(id) as
    Record<string, unknown> | undefined;
}

export function outbox(cache: Cache): Record<string, unknown>[] {
  return cache.sqlite.prepare('select * from outbox order by mutation_id').all() as Record<string, unknown>[];
}
