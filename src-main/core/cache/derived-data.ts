import type Database from 'better-sqlite3';

/**
 * Recomputes from scratch what triggers keep up to date row by row (the search index, the
 * declaration counts, the approved hours), for tables filled without their triggers: the
 * swapped-in resync tables.
 */
export function rebuildDerivedData(sqlite: Database.Database): void {
  sqlite.exec("insert into staff_search(staff_search) values ('rebuild')");
  sqlite.exec('delete from declaration_counts');
  sqlite.exec(`insert into declaration_counts (status, year, type_code, category, n)
    select status, year, type_code, category, count(*) from declarations
    group by status, year, type_code, category`);
  sqlite.exec('delete from approved_hours');
  // The unary plus steers SQLite to the per-person index, already in (staff_id, year) order,
  // instead of an index on status that would need all approved rows sorted again.
  sqlite.exec(`insert into approved_hours (year, staff_id, public_hours, professional_hours)
    select year, staff_id,
      sum(case when category = 'public' then hours else 0 end),
      sum(case when category = 'public' then 0 else hours end)
    from declarations where +status = 'approved'
    group by staff_id, year`);
}
