import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPullPage } from '../../../../src-main/core/cache/apply-pull-page.ts';
import type { Cache } from '../../../../src-main/core/cache/open-cache.ts';
import { beginResync, finishResync } from '../../../../src-main/core/cache/resync.ts';
import { readSyncMeta } from '../../../../src-main/core/cache/sync-meta.ts';
import { declarationRow, departmentRow, pageOf, staffRow } from './support/pages.ts';
import { tempCache } from './support/temp-cache.ts';

let cache: Cache & { dispose(): Promise<void> };
beforeEach(async () => {
  cache = await tempCache('cache-resync');
  applyPullPage(
    cache,
    pageOf(
      {
        departments: [departmentRow('d-old', null, '旧部门')],
        staff: [staffRow('s-old', { name: '旧人员' })],
        declarations: [declarationRow('x-old', 's-old', { status: 'approved' })],
      },
      { cursor: '1:epoch-a:3' },
    ),
  );
});
afterEach(() => cache.dispose());

const all = (sql: string) => cache.sqlite.prepare(sql).all();
const schemaOf = () =>
  all("select type, name, tbl_name, sql from sqlite_schema where name not like '%__shadow' order by name");

describe('resync into shadow tables', () => {
  it('leaves the live tables readable and unchanged until the shadows are swapped in', () => {
    beginResync(cache);
    expect(readSyncMeta(cache.sqlite)).toMatchObject({ cursor: null, resyncing: 1 });
    applyPullPage(
      cache,
      pageOf({ staff: [staffRow('s-new', { name: '新人员' })] }, { cursor: '1:epoch-b:1', hasMore: true }),
    );
    expect(all('select id from staff')).toEqual([{ id: 's-old' }]);
    expect(all('select id from staff__shadow')).toEqual([{ id: 's-new' }]);
    expect(readSyncMeta(cache.sqlite)).toMatchObject({
      cursor: '1:epoch-b:1',
      epoch: 'epoch-b',
      resyncing: 1,
    });
  });

  it('swaps in the complete shadows with the same indexes, triggers and derived data', () => {
    const schema = schemaOf();
    beginResync(cache);
    applyPullPage(
      cache,
      pageOf(
        { departments: [departmentRow('d-new', null, '新部门')] },
        { cursor: '1:epoch-b:1', hasMore: true },
      ),
    );
    applyPullPage(
      cache,
      pageOf(
        {
          staff: [staffRow('s-new', { name: '新人员𠮷', department_id: 'd-new' })],
          declarations: [declarationRow('x-new', 's-new', { status: 'approved', hours: 12, year: 2026 })],
        },
        { cursor: '1:epoch-b:3', hasMore: false },
      ),
    );
    finishResync(cache);
    expect(schemaOf()).toEqual(schema);
    expect(all("select name from sqlite_schema where name like '%__shadow'")).toEqual([]);
    expect(all('select id from departments')).toEqual([{ id: 'd-new' }]);
    expect(all('select id, name from staff')).toEqual([{ id: 's-new', name: '新人员𠮷' }]);
    expect(readSyncMeta(cache.sqlite)).toMatchObject({ cursor: '1:epoch-b:3', resyncing: 0 });
    expect(all('select rowid from staff_search where staff_search match \'"新人员"\'')).toHaveLength(1);
    expect(all('select rowid from staff_search where staff_search match \'"旧人员"\'')).toEqual([]);
    expect(all('select status, year, n from declaration_counts where n > 0')).toEqual([
      { status: 'approved', year: 2026, n: 1 },
    ]);
    expect(all('select * from approved_hours')).toEqual([
      { year: 2026, staff_id: 's-new', public_hours: 0, professional_hours: 12 },
    ]);
  });

  it('keeps the newest copy of a row sent twice during the resync, and applies tombstones', () => {
    beginResync(cache);
    applyPullPage(
      cache,
      pageOf({ staff: [staffRow('s1', { name: '第一版' }), staffRow('s2')] }, { hasMore: true }),
    );
    applyPullPage(
      cache,
      pageOf(
        { departments: [departmentRow('d1', null, '甲'), departmentRow('d2', null, '乙')] },
        { hasMore: true },
      ),
    );
    applyPullPage(
      cache,
      pageOf({ staff: [staffRow('s1', { name: '第二版' })] }, { tombstones: { departments: ['d1'] } }),
    );
    finishResync(cache);
    expect(all('select id, name from staff order by id')).toEqual([
      { id: 's1', name: '第二版' },
      { id: 's2', name: '人员s2' },
    ]);
    expect(all('select id from departments')).toEqual([{ id: 'd2' }]);
    // The key is back: the next incremental page updates in place.
    applyPullPage(cache, pageOf({ staff: [staffRow('s1', { name: '第三版' })] }));
    expect(all("select name from staff where id = 's1'")).toEqual([{ name: '第三版' }]);
  });

  it('starts over when a resync is begun again, and refuses to finish one that never began', () => {
    expect(() => finishResync(cache)).toThrow('没有进行中的重新同步');
    beginResync(cache);
    applyPullPage(cache, pageOf({ staff: [staffRow('s-half')] }, { hasMore: true }));
    beginResync(cache);
    applyPullPage(cache, pageOf({ staff: [staffRow('s-full')] }));
    finishResync(cache);
    expect(all('select id from staff')).toEqual([{ id: 's-full' }]);
  });

  it('rolls the whole swap back when it fails, keeping the old cache', () => {
    beginResync(cache);
    applyPullPage(cache, pageOf({ staff: [staffRow('s-new')] }));
    cache.sqlite.exec('drop table certificates__shadow');
    expect(() => finishResync(cache)).toThrow();
    expect(all('select id from staff')).toEqual([{ id: 's-old' }]);
    expect(readSyncMeta(cache.sqlite).resyncing).toBe(1);
  });
});
