import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/**
 * The first cache schema. Migrations are append-only: never edit this one once released; add a new
 * one. Mirrored tables carry no foreign keys: the server is the truth and a page may bring a child
 * before its parent.
 */
export const initialCacheSchema: Migration = {
  async up(db: Kysely<unknown>) {
    await createReferenceTables(db);
    await createUnitTables(db);
    await createStaffTable(db);
    await createDeclarationsTable(db);
    await createCertificatesTable(db);
    await createKeys(db);
    await createDeclarationCounts(db);
    await createApprovedHours(db);
    await createStaffSearch(db);
    await createSyncTables(db);
  },
};

async function createReferenceTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('dictionary_entries')
    .addColumn('dictionary', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ce_types')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('hour_requirements')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('total_hours', 'real', (c) => c.notNull())
    .addColumn('public_min_hours', 'real', (c) => c.notNull())
    .addColumn('professional_min_hours', 'real', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
}

async function createUnitTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('units')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('code_kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('nature_code', 'text', (c) => c.notNull())
    .addColumn('competent_department', 'text', (c) => c.notNull())
    .addColumn('hr_department_code', 'text', (c) => c.notNull())
    .addColumn('affiliation_code', 'text', (c) => c.notNull())
    .addColumn('level_code', 'text', (c) => c.notNull())
    .addColumn('industry_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('unit_admins')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('permissions', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('departments')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  // The subtree walk goes from a node to its children.
  await db.schema.createIndex('departments_parent').on('departments').columns(['parent_id', 'id']).execute();
}

async function createStaffTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text')
    .addColumn('id_number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('ethnicity', 'text', (c) => c.notNull())
    .addColumn('native_place', 'text', (c) => c.notNull())
    .addColumn('school', 'text', (c) => c.notNull())
    .addColumn('major', 'text', (c) => c.notNull())
    .addColumn('education', 'text', (c) => c.notNull())
    .addColumn('title_level', 'text', (c) => c.notNull())
    .addColumn('title_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reject_reason', 'text')
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('left_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  // Lists of one status (registrations are the pending ones) in name or registration order, with
  // the other filters inside the index; rowid, the keyset tie-breaker, ends every index.
  await db.schema
    .createIndex('staff_by_name')
    .on('staff')
    .columns(['status', 'name', 'department_id', 'title_level', 'id', 'id_number'])
    .execute();
  await db.schema
    .createIndex('staff_by_registered')
    .on('staff')
    .columns(['status', 'registered_at', 'department_id', 'title_level'])
    .execute();
  await db.schema.createIndex('staff_department').on('staff').columns(['department_id', 'status']).execute();
}

async function createDeclarationsTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('declarations')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('remarks', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text')
    .addColumn('attachment_media_type', 'text')
    .addColumn('attachment_size', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reject_reason', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await createDeclarationIndexes(db);
}

/**
 * The declaration lists walk one of the first two in sort order within a (status, year) partition
 * and stop after a page; the trailing columns let the other filters be checked inside the index.
 * The third serves one person's declarations, hours sums and the lists of a few people.
 */
async function createDeclarationIndexes(db: Kysely<unknown>): Promise<void> {
  const filters = ['type_code', 'category', 'staff_id'];
  const indexes: Record<string, string[]> = {
    declarations_by_submitted: ['status', 'year', 'submitted_at', ...filters],
    declarations_by_hours: ['status', 'year', 'hours', ...filters],
    declarations_staff: ['staff_id', 'year', 'status', 'category', 'hours', 'type_code', 'submitted_at'],
  };
  for (const [name, columns] of Object.entries(indexes)) {
    await db.schema.createIndex(name).on('declarations').columns(columns).execute();
  }
}

/**
 * Declarations per (status, year, type, category), kept by triggers: the tab badges read a few
 * dozen rows instead of counting a million, and the lists learn which partitions exist.
 */
async function createDeclarationCounts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('declaration_counts')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('declaration_counts_pk', ['status', 'year', 'type_code', 'category'])
    .modifyEnd(sql`without rowid`)
    .execute();
  const add = (row: 'new' | 'old') =>
    sql.raw(`insert into declaration_counts (status, year, type_code, category, n)
      values (${row}.status, ${row}.year, ${row}.type_code, ${row}.category, 1)
      on conflict do update set n = n + 1;`);
  const remove = (row: 'new' | 'old') =>
    sql.raw(`update declaration_counts set n = n - 1
      where status = ${row}.status and year = ${row}.year and type_code = ${row}.type_code
        and category = ${row}.category;`);
  await sql`create trigger declaration_counts_insert after insert on declarations begin ${add('new')} end`.execute(
    db,
  );
  await sql`create trigger declaration_counts_delete after delete on declarations begin ${remove('old')} end`.execute(
    db,
  );
  await sql`create trigger declaration_counts_update after update of status, year, type_code, category
    on declarations
    when old.status is not new.status or old.year is not new.year
      or old.type_code is not new.type_code or old.category is not new.category
    begin ${remove('old')} ${add('new')} end`.execute(db);
}

/**
 * Approved hours per (year, person, category), kept by triggers: hours lists, their met filter and
 * the completion statistics read 20,000 rows instead of summing a year's declarations each time.
 */
async function createApprovedHours(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('approved_hours')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('public_hours', 'real', (c) => c.notNull())
    .addColumn('professional_hours', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('approved_hours_pk', ['year', 'staff_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  const change = (row: 'new' | 'old', sign: '+' | '-') =>
    sql.raw(`insert into approved_hours (year, staff_id, public_hours, professional_hours)
      select ${row}.year, ${row}.staff_id,
        ${sign}(case when ${row}.category = 'public' then ${row}.hours else 0 end),
        ${sign}(case when ${row}.category = 'public' then 0 else ${row}.hours end)
      where ${row}.status = 'approved'
      on conflict do update set public_hours = public_hours + excluded.public_hours,
        professional_hours = professional_hours + excluded.professional_hours;`);
  await sql`create trigger approved_hours_insert after insert on declarations
    begin ${change('new', '+')} end`.execute(db);
  await sql`create trigger approved_hours_delete after delete on declarations
    begin ${change('old', '-')} end`.execute(db);
  await sql`create trigger approved_hours_update
    after update of status, year, staff_id, category, hours on declarations
    when old.status is not new.status or old.year is not new.year or old.staff_id is not new.staff_id
      or old.category is not new.category or old.hours is not new.hours
    begin ${change('old', '-')} ${change('new', '+')} end`.execute(db);
}

async function createCertificatesTable(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('certificates')
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('verification_code', 'text', (c) => c.notNull())
    .addColumn('public_hours', 'real', (c) => c.notNull())
    .addColumn('professional_hours', 'real', (c) => c.notNull())
    .addColumn('total_hours', 'real', (c) => c.notNull())
    .addColumn('required_hours', 'real', (c) => c.notNull())
    .addColumn('met', 'integer', (c) => c.notNull())
    .addColumn('printed_at', 'text', (c) => c.notNull())
    .addColumn('printed_by', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('certificates_staff')
    .on('certificates')
    .columns(['staff_id', 'year'])
    .execute();
}

/**
 * The mirrored tables' primary keys are unique indexes rather than table constraints, so that a
 * resync can fill key-less copies by appending and build each key once at the end.
 */
async function createKeys(db: Kysely<unknown>): Promise<void> {
  const keys: Record<string, string[]> = {
    dictionary_entries: ['dictionary', 'code'],
    ce_types: ['code'],
    hour_requirements: ['year'],
    units: ['id'],
    unit_admins: ['id'],
    departments: ['id'],
    staff: ['id'],
    declarations: ['id'],
    certificates: ['id'],
  };
  for (const [table, columns] of Object.entries(keys)) {
    await db.schema.createIndex(`${table}_key`).on(table).columns(columns).unique().execute();
  }
}

/**
 * Substring search on name and ID number: a trigram index reading its text from `staff`, kept in
 * step by triggers, so every writer (pull, resync, local edits) keeps it right. Upserts must update
 * in place (ON CONFLICT DO UPDATE), never REPLACE, which would bypass the delete trigger.
 */
async function createStaffSearch(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table staff_search using fts5(
    name, id_number, content='staff', content_rowid='rowid', tokenize='trigram'
  )`.execute(db);
  await sql`create trigger staff_search_insert after insert on staff begin
    insert into staff_search(rowid, name, id_number) values (new.rowid, new.name, new.id_number);
  end`.execute(db);
  await sql`create trigger staff_search_delete after delete on staff begin
    insert into staff_search(staff_search, rowid, name, id_number)
      values ('delete', old.rowid, old.name, old.id_number);
  end`.execute(db);
  await sql`create trigger staff_search_update after update of name, id_number on staff begin
    insert into staff_search(staff_search, rowid, name, id_number)
      values ('delete', old.rowid, old.name, old.id_number);
    insert into staff_search(rowid, name, id_number) values (new.rowid, new.name, new.id_number);
  end`.execute(db);
}

async function createSyncTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sync_meta')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('cursor', 'text')
    .addColumn('epoch', 'text')
    .addColumn('schema_version', 'integer')
    .addColumn('last_synced_at', 'text')
    .addColumn('resyncing', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`insert into sync_meta (id) values (1)`.execute(db);

  await db.schema
    .createTable('outbox')
    .addColumn('mutation_id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('args', 'text', (c) => c.notNull())
    .addColumn('base_version', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .execute();
  await db.schema.createIndex('outbox_status').on('outbox').columns(['status', 'mutation_id']).execute();

  await db.schema
    .createTable('outbox_targets')
    .addColumn('mutation_id', 'integer', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outbox_targets_pk', ['mutation_id', 'table_name', 'row_id'])
    .execute();
  // A list asks, for each row on the page, whether a waiting decision touches it.
  await db.schema
    .createIndex('outbox_targets_row')
    .on('outbox_targets')
    .columns(['row_id', 'table_name', 'mutation_id'])
    .execute();

  await db.schema
    .createTable('conflicts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('mutation_id', 'integer', (c) => c.notNull())
    .addColumn('table_name', 'text', (c) => c.notNull())
    .addColumn('row_id', 'text', (c) => c.notNull())
    .addColumn('decided', 'text', (c) => c.notNull())
    .addColumn('server_row', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conflicts_status').on('conflicts').columns(['status', 'id']).execute();
}
