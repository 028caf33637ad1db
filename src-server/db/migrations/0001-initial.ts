import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { autoIncrementKey, columnTypes, type DialectName } from '../dialect.ts';

/** The first schema. Migrations are append-only: never edit this file once released; add a new one. */
export function initialSchema(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sync_state')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('last_seq', t.bigint, (c) => c.notNull())
        .addColumn('epoch', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('dictionary_entries')
        .addColumn('dictionary', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('parent_code', 'text')
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .addPrimaryKeyConstraint('dictionary_entries_pk', ['dictionary', 'code'])
        .execute();
      await db.schema.createIndex('dictionary_entries_seq').on('dictionary_entries').column('seq').execute();

      await db.schema
        .createTable('ce_types')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('definition', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ce_types_seq').on('ce_types').column('seq').execute();

      await db.schema
        .createTable('hour_requirements')
        .addColumn('year', 'integer', (c) => c.primaryKey())
        .addColumn('total_hours', t.real, (c) => c.notNull())
        .addColumn('public_min_hours', t.real, (c) => c.notNull())
        .addColumn('professional_min_hours', t.real, (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hour_requirements_seq').on('hour_requirements').column('seq').execute();

      await db.schema
        .createTable('hr_admins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hr_department_code', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text')
        .addColumn('uploaded_by', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('content', t.blob, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('units')
        .addColumn('id', 'text', (c) => c.primaryKey())
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
        .addColumn('reject_reason', 'text')
        .addColumn('scan_attachment_id', 'text', (c) => c.references('attachments.id'))
        .addColumn('registered_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('units_live_code')
        .on('units')
        .column('code')
        .unique()
        .where(sql.ref('status'), 'in', ['pending', 'approved'])
        .execute();
      await db.schema
        .createIndex('units_region_status')
        .on('units')
        .columns(['region_code', 'status'])
        .execute();
      await db.schema.createIndex('units_seq').on('units').column('seq').execute();

      await db.schema
        .createTable('unit_admins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('id_number', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('permissions', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('unit_admins_live_id_number')
        .on('unit_admins')
        .columns(['unit_id', 'id_number'])
        .unique()
        .where(sql.ref('deleted'), '=', 0)
        .execute();
      await db.schema
        .createIndex('unit_admins_unit_seq')
        .on('unit_admins')
        .columns(['unit_id', 'seq'])
        .execute();

      await db.schema
        .createTable('departments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('parent_id', 'text', (c) => c.references('departments.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('departments_unit_seq')
        .on('departments')
        .columns(['unit_id', 'seq'])
        .execute();

      await db.schema
        .createTable('staff')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('department_id', 'text', (c) => c.references('departments.id'))
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
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reject_reason', 'text')
        .addColumn('registered_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('left_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('staff_live_id_number')
        .on('staff')
        .column('id_number')
        .unique()
        .where(sql.ref('status'), 'in', ['pending', 'approved'])
        .execute();
      await db.schema.createIndex('staff_id_number').on('staff').column('id_number').execute();
      await db.schema.createIndex('staff_unit_seq').on('staff').columns(['unit_id', 'seq']).execute();
      await db.schema.createIndex('staff_department').on('staff').column('department_id').execute();

      await db.schema
        .createTable('declarations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
        .addColumn('type_code', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('hours', t.real, (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('remarks', 'text', (c) => c.notNull())
        .addColumn('attachment_id', 'text', (c) => c.references('attachments.id'))
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
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('declarations_unit_seq')
        .on('declarations')
        .columns(['unit_id', 'seq'])
        .execute();
      await db.schema
        .createIndex('declarations_staff_year')
        .on('declarations')
        .columns(['staff_id', 'year'])
        .execute();

      await db.schema
        .createTable('certificates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('verification_code', 'text', (c) => c.notNull().unique())
        .addColumn('public_hours', t.real, (c) => c.notNull())
        .addColumn('professional_hours', t.real, (c) => c.notNull())
        .addColumn('total_hours', t.real, (c) => c.notNull())
        .addColumn('required_hours', t.real, (c) => c.notNull())
        .addColumn('met', 'integer', (c) => c.notNull())
        .addColumn('printed_at', 'text', (c) => c.notNull())
        .addColumn('printed_by', 'text', (c) => c.notNull())
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('seq', t.bigint, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('certificates_unit_seq')
        .on('certificates')
        .columns(['unit_id', 'seq'])
        .execute();

      await db.schema
        .createTable('certificate_leases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('first_number', 'integer', (c) => c.notNull())
        .addColumn('last_number', 'integer', (c) => c.notNull())
        .addColumn('leased_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('certificate_leases_unit_year')
        .on('certificate_leases')
        .columns(['unit_id', 'year', 'last_number'])
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('subject_kind', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('sessions_subject')
        .on('sessions')
        .columns(['subject_kind', 'subject_id'])
        .execute();

      await db.schema
        .createTable('captchas')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('answer_hash', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('login_failures')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('window_started_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();

      await db.schema
        .createTable('mail_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('text_body', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema
        .createIndex('mail_outbox_due')
        .on('mail_outbox')
        .columns(['status', 'next_attempt_at'])
        .execute();

      await db.schema
        .createTable('sync_clients')
        .addColumn('client_id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('admin_id', 'text', (c) => c.notNull())
        .addColumn('last_mutation_id', t.bigint, (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('applied_mutations')
        .addColumn('client_id', 'text', (c) => c.notNull())
        .addColumn('mutation_id', t.bigint, (c) => c.notNull())
        .addColumn('unit_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('applied_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('applied_mutations_pk', ['client_id', 'mutation_id'])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', autoIncrementKey(dialect))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text')
        .addColumn('client_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_unit_at').on('audit_log').columns(['unit_id', 'at']).execute();
    },
  };
}
