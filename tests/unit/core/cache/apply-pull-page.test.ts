import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyPullPage } from '../../../../src-main/core/cache/apply-pull-page.ts';
import type { Cache } from '../../../../src-main/core/cache/open-cache.ts';
import { readSyncMeta } from '../../../../src-main/core/cache/sync-meta.ts';
import { ROWS_PER_STATEMENT } from '../../../../src-main/core/cache/row-writer.ts';
import { declarationRow, departmentRow, pageOf, requirementRow, staffRow } from './support/pages.ts';
import { tempCache } from './support/temp-cache.ts';

let cache: Cache & { dispose(): Promise<void> };
beforeEach(async () => {
  cache = await tempCache('cache-apply');
});
afterEach(() => cache.dispose());

const at = () => new Date('2026-01-02T03:04:05.000Z');
const names = () => cache.sqlite.prepare('select id, name from staff order by id').all();

describe('applyPullPage', () => {
  it('inserts the rows of every table of a page, in any table order', () => {
    const page = pageOf({
      staff: [staffRow('s1', { department_id: 'd1', name: '张三' })],
      departments: [departmentRow('d1', null, '内科')],
      hour_requirements: [requirementRow(2025)],
    });
    expect(applyPullPage(cache, page, at)).toBe(3);
    expect(names()).toEqual([{ id: 's1', name: '张三' }]);
    expect(cache.sqlite.prepare('select id, parent_id, name from departments').all()).toEqual([
      { id: 'd1', parent_id: null, name: '内科' },
    ]);
    expect(cache.sqlite.prepare('select year, total_hours from hour_requirements').all()).toEqual([
      { year: 2025, total_hours: 90 },
    ]);
  });

  it('updates a row with the same key in place, keeping its rowid', () => {
    applyPullPage(cache, pageOf({ staff: [staffRow('s1', { name: '张三' })] }), at);
    const before = cache.sqlite.prepare("select rowid from staff where id = 's1'").pluck().get();
    applyPullPage(cache, pageOf({ staff: [staffRow('s1', { name: '张三丰', version: 2 })] }), at);
    expect(cache.sqlite.prepare("select rowid, name, version from staff where id = 's1'").get()).toEqual({
      rowid: before,
      name: '张三丰',
      version: 2,
    });
  });

  it('assigns the columns that indexes and triggers watch only to rows whose values in them changed', () => {
    applyPullPage(
      cache,
      pageOf({ declarations: [declarationRow('a', 's1'), declarationRow('b', 's1')] }),
      at,
    );
    // Fires whenever an update assigns status: what makes SQLite rewrite the row's index entries too.
    cache.sqlite.exec(`create temp table status_assigned (id text);
      create temp trigger status_assignment after update of status on declarations
      begin insert into status_assigned values (new.id); end`);
    applyPullPage(
      cache,
      pageOf({
        declarations: [
          declarationRow('a', 's1', { remarks: '补充了培训证明', version: 2 }),
          declarationRow('b', 's1', {
            status: 'approved',
            decided_at: '2026-01-02T00:00:00.000Z',
            version: 2,
          }),
          declarationRow('c', 's2'),
        ],
      }),
      at,
    );
    expect(cache.sqlite.prepare('select id from status_assigned').pluck().all()).toEqual(['b']);
    expect(
      cache.sqlite
        .prepare('select id, staff_id, status, remarks, version from declarations order by id')
        .all(),
    ).toEqual([
      { id: 'a', staff_id: 's1', status: 'pending', remarks: '补充了培训证明', version: 2 },
      { id: 'b', staff_id: 's1', status: 'approved', remarks: '', version: 2 },
      { id: 'c', staff_id: 's2', status: 'pending', remarks: '', version: 1 },
    ]);
    expect(
      cache.sqlite
        .prepare("select id from declarations indexed by declarations_by_submitted where status = 'pending'")
        .pluck()
        .all(),
    ).toEqual(['a', 'c']);
  });

  it('writes blocks larger than one statement, and their remainder', () => {
    const count = ROWS_PER_STATEMENT * 3 + 7;
    const rows = Array.from({ length: count }, (_, index) => staffRow(`s${String(index).padStart(4, '0')}`));
    expect(applyPullPage(cache, pageOf({ staff: rows }), at)).toBe(count);
    expect(cache.sqlite.prepare('select count(*) from staff').pluck().get()).toBe(count);
    expect(cache.sqlite.prepare("select name from staff where id = 's0156'").pluck().get()).toBe('人员s0156');
  });

  it('accepts a block with a subset of the columns that includes the key', () => {
    const page = pageOf({ ce_types: [{ code: 'training', name: '培训', definition: '{}', sort_order: 1 }] });
    page.tables.ce_types = {
      columns: ['code', 'name', 'definition', 'sort_order', 'seq'],
      values: [['training'], ['培训、研修'], ['{}'], [1], [9]],
    };
    applyPullPage(cache, page, at);
    expect(cache.sqlite.prepare('select code, name, seq from ce_types').all()).toEqual([
      { code: 'training', name: '培训、研修', seq: 9 },
    ]);
  });

  it('deletes tombstoned rows after writing the page', () => {
    applyPullPage(
      cache,
      pageOf({ departments: [departmentRow('d1', null, '内科'), departmentRow('d2', null, '外科')] }),
      at,
    );
    applyPullPage(
      cache,
      pageOf(
        { departments: [departmentRow('d3', null, '儿科')] },
        { tombstones: { departments: ['d1', 'unknown'] } },
      ),
      at,
    );
    expect(cache.sqlite.prepare('select id from departments order by id').pluck().all()).toEqual([
      'd2',
      'd3',
    ]);
  });

  it('moves the cursor with the page, and records the catch-up time only on the last page', () => {
    applyPullPage(cache, pageOf({}, { cursor: '1:epoch-a:10', hasMore: true }), at);
    expect(readSyncMeta(cache.sqlite)).toEqual({
      cursor: '1:epoch-a:10',
      epoch: 'epoch-a',
      schema_version: 1,
      last_synced_at: null,
      resyncing: 0,
    });
    applyPullPage(cache, pageOf({}, { cursor: '1:epoch-a:20', hasMore: false }), at);
    expect(readSyncMeta(cache.sqlite)).toMatchObject({
      cursor: '1:epoch-a:20',
      last_synced_at: '2026-01-02T03:04:05.000Z',
    });
  });

  it('changes neither rows nor cursor when the page fails half-way', () => {
    applyPullPage(
      cache,
      pageOf({ staff: [staffRow('s1', { name: '张三' })] }, { cursor: '1:epoch-a:1' }),
      at,
    );
    const rows = Array.from({ length: ROWS_PER_STATEMENT + 10 }, (_, index) => staffRow(`t${index}`));
    rows[ROWS_PER_STATEMENT + 5] = staffRow('broken', { name: null });
    const page = pageOf(
      {
        staff: [staffRow('s1', { name: '李四' }), ...rows],
        departments: [departmentRow('d1', null, '内科')],
      },
      { cursor: '1:epoch-a:99', tombstones: { departments: ['d0'] } },
    );
    expect(() => applyPullPage(cache, page, at)).toThrow(/NOT NULL/);
    expect(names()).toEqual([{ id: 's1', name: '张三' }]);
    expect(cache.sqlite.prepare('select count(*) from departments').pluck().get()).toBe(0);
    expect(readSyncMeta(cache.sqlite).cursor).toBe('1:epoch-a:1');
  });

  it('writes the next page after the first page of a fresh cache failed', () => {
    const broken = pageOf({ staff: [staffRow('s1'), staffRow('broken', { name: null })] });
    expect(() => applyPullPage(cache, broken, at)).toThrow(/NOT NULL/);
    applyPullPage(cache, pageOf({ staff: [staffRow('s1', { name: '张三' })] }), at);
    expect(names()).toEqual([{ id: 's1', name: '张三' }]);
  });

  it('refuses pages that do not fit the mirror before writing anything', () => {
    const unknownTable = pageOf({});
    (unknownTable.tables as Record<string, unknown>).passwords = { columns: ['id'], values: [['x']] };
    expect(() => applyPullPage(cache, unknownTable, at)).toThrow('同步数据无效：未知的表 passwords');

    const unknownColumn = pageOf({ staff: [staffRow('s1')] });
    unknownColumn.tables.staff = { columns: ['id', 'password_hash'], values: [['s1'], ['x']] };
    expect(() => applyPullPage(cache, unknownColumn, at)).toThrow('staff 没有列 password_hash');

    const injected = pageOf({});
    injected.tables.staff = { columns: ['id', 'name" = 1; drop table staff; --'], values: [['s1'], ['x']] };
    expect(() => applyPullPage(cache, injected, at)).toThrow(/没有列/);

    const keyless = pageOf({});
    keyless.tables.staff = { columns: ['name'], values: [['x']] };
    expect(() => applyPullPage(cache, keyless, at)).toThrow('staff 缺少主键列');

    const ragged = pageOf({});
    ragged.tables.departments = { columns: ['id', 'name'], values: [['d1', 'd2'], ['内科']] };
    expect(() => applyPullPage(cache, ragged, at)).toThrow('列长度不一致');

    const compositeTombstone = pageOf({}, { tombstones: { dictionary_entries: ['x'] } });
    expect(() => applyPullPage(cache, compositeTombstone, at)).toThrow('dictionary_entries 不支持删除');
    expect(readSyncMeta(cache.sqlite).cursor).toBeNull();
  });

  it('keeps the search index in step with inserts, renames and deletes', () => {
    const search = (text: string) =>
      cache.sqlite
        .prepare(
          'select id from staff where rowid in (select rowid from staff_search where staff_search match ?) order by id',
        )
        .pluck()
        .all(`"${text}"`);
    applyPullPage(
      cache,
      pageOf({ staff: [staffRow('s1', { name: '欧阳锋' }), staffRow('s2', { name: '欧阳克' })] }),
      at,
    );
    expect(search('欧阳锋')).toEqual(['s1']);
    applyPullPage(cache, pageOf({ staff: [staffRow('s1', { name: '黄药师' })] }), at);
    expect(search('欧阳锋')).toEqual([]);
    expect(search('黄药师')).toEqual(['s1']);
    cache.sqlite.prepare("delete from staff where id = 's2'").run();
    expect(search('欧阳克')).toEqual([]);
    // Throws SQLITE_CORRUPT_VTAB if the index and the table disagree.
    expect(() =>
      cache.sqlite.exec("insert into staff_search(staff_search, rank) values ('integrity-check', 1)"),
    ).not.toThrow();
  });

  it('keeps the declaration counts and approved hours equal to a fresh computation', () => {
    const derived = () => ({
      counts: cache.sqlite
        .prepare(
          'select status, year, type_code, category, n from declaration_counts where n > 0 order by 1, 2, 3, 4',
        )
        .all(),
      hours: cache.sqlite
        .prepare(
          'select * from approved_hours where public_hours <> 0 or professional_hours <> 0 order by 1, 2',
        )
        .all(),
    });
    const computed = () => ({
      counts: cache.sqlite
        .prepare(
          'select status, year, type_code, category, count(*) as n from declarations group by 1, 2, 3, 4 order by 1, 2, 3, 4',
        )
        .all(),
      hours: cache.sqlite
        .prepare(
          `select year, staff_id, sum(case when category = 'public' then hours else 0 end) as public_hours,
             sum(case when category = 'public' then 0 else hours end) as professional_hours
           from declarations where status = 'approved' group by 1, 2 order by 1, 2`,
        )
        .all(),
    });
    applyPullPage(
      cache,
      pageOf({
        declarations: [
          declarationRow('a', 's1', { status: 'approved', hours: 8 }),
          declarationRow('b', 's1', {
            status: 'approved',
            category: 'public',
            type_code: 'public_course',
            hours: 12.5,
          }),
          declarationRow('c', 's2', { status: 'pending', hours: 30 }),
          declarationRow('d', 's2', { status: 'approved', year: 2024, hours: 40 }),
        ],
      }),
      at,
    );
    expect(derived()).toEqual(computed());
    expect(derived().hours).toEqual([
      { year: 2024, staff_id: 's2', public_hours: 0, professional_hours: 40 },
      { year: 2025, staff_id: 's1', public_hours: 12.5, professional_hours: 8 },
    ]);
    applyPullPage(
      cache,
      pageOf({
        declarations: [
          declarationRow('a', 's1', { status: 'rejected', hours: 8 }),
          declarationRow('c', 's2', { status: 'approved', hours: 30 }),
          declarationRow('d', 's3', { status: 'approved', year: 2025, hours: 41 }),
          declarationRow('b', 's1', {
            status: 'approved',
            category: 'public',
            type_code: 'public_course',
            hours: 12.5,
            title: '改名',
          }),
        ],
      }),
      at,
    );
    cache.sqlite.prepare("delete from declarations where id = 'b'").run();
    expect(derived()).toEqual(computed());
    expect(derived().hours).toEqual([
      { year: 2025, staff_id: 's2', public_hours: 0, professional_hours: 30 },
      { year: 2025, staff_id: 's3', public_hours: 0, professional_hours: 41 },
    ]);
  });
});
