import type { Generated, Selectable } from 'kysely';

/**
 * The local cache of one account: a mirror of every synced table (exactly the columns of
 * `syncedTables`, stored as the server sends them: booleans 0/1, times ISO-8601 UTC text, JSON text)
 * plus the tables of the sync engine.
 */
export interface CacheSchema {
  dictionary_entries: DictionaryEntriesTable;
  ce_types: CeTypesTable;
  hour_requirements: HourRequirementsTable;
  units: UnitsTable;
  unit_admins: UnitAdminsTable;
  departments: DepartmentsTable;
  staff: StaffTable;
  declarations: DeclarationsTable;
  certificates: CertificatesTable;
  sync_meta: SyncMetaTable;
  outbox: OutboxTable;
  outbox_targets: OutboxTargetsTable;
  conflicts: ConflictsTable;
  declaration_counts: DeclarationCountsTable;
  approved_hours: ApprovedHoursTable;
  /** FTS5 trigram index over staff name and ID number; only its rowid is ever selected. */
  staff_search: StaffSearchTable;
}

export interface DictionaryEntriesTable {
  dictionary: string;
  code: string;
  label: string;
  parent_code: string | null;
  sort_order: number;
  seq: number;
}

export interface CeTypesTable {
  code: string;
  name: string;
  /** The catalogue entry as JSON. */
  definition: string;
  sort_order: number;
  seq: number;
}

export interface HourRequirementsTable {
  year: number;
  total_hours: number;
  public_min_hours: number;
  professional_min_hours: number;
  seq: number;
}

export interface UnitsTable {
  id: string;
  code: string;
  code_kind: string;
  name: string;
  region_code: string;
  nature_code: string;
  competent_department: string;
  hr_department_code: string;
  affiliation_code: string;
  level_code: string;
  industry_code: string;
  address: string;
  contact_name: string;
  contact_phone: string;
  status: string;
  version: number;
  seq: number;
}

export interface UnitAdminsTable {
  id: string;
  id_number: string;
  name: string;
  phone: string;
  email: string;
  role: string;
  /** JSON array of permission codes. */
  permissions: string;
  status: string;
  version: number;
  seq: number;
}

export interface DepartmentsTable {
  id: string;
  parent_id: string | null;
  name: string;
  sort_order: number;
  version: number;
  seq: number;
}

export type StaffStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'left';

export interface StaffTable {
  id: string;
  department_id: string | null;
  id_number: string;
  name: string;
  gender: string;
  birth_date: string;
  ethnicity: string;
  native_place: string;
  school: string;
  major: string;
  education: string;
  title_level: string;
  title_name: string;
  phone: string;
  email: string;
  status: StaffStatus;
  reject_reason: string | null;
  registered_at: string;
  decided_at: string | null;
  left_at: string | null;
  version: number;
  seq: number;
}

export type DeclarationStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface DeclarationsTable {
  id: string;
  staff_id: string;
  type_code: string;
  category: 'public' | 'professional';
  year: number;
  title: string;
  hours: number;
  /** The type's fields as JSON. */
  fields: string;
  remarks: string;
  attachment_id: string | null;
  attachment_media_type: string | null;
  attachment_size: number | null;
  status: DeclarationStatus;
  reject_reason: string | null;
  source: 'staff' | 'unit';
  activity_id: string | null;
  submitted_at: string;
  decided_at: string | null;
  decided_by: string | null;
  version: number;
  seq: number;
}

export interface CertificatesTable {
  id: string;
  staff_id: string;
  year: number;
  number: string;
  verification_code: string;
  public_hours: number;
  professional_hours: number;
  total_hours: number;
  required_hours: number;
  met: number;
  printed_at: string;
  printed_by: string;
  client_id: string;
  version: number;
  seq: number;
}

/** One row (id 1): where the pull stands. */
export interface SyncMetaTable {
  id: number;
  /** The cursor to continue pulling from; null before the first page (and when a resync starts). */
  cursor: string | null;
  /** The server data set the cursor belongs to. */
  epoch: string | null;
  schema_version: number | null;
  /** When a pull last caught up with the server. */
  last_synced_at: string | null;
  /** 1 while a full resync fills the shadow tables. */
  resyncing: number;
  /** This cache's id towards the server, which keys the outbox's mutation ids by it. */
  client_id: string;
}

export type OutboxStatus = 'queued' | 'sent' | 'applied' | 'conflict' | 'rejected';
/** Statuses of a decision the server has not answered yet. */
export const waitingOutboxStatuses = ['queued', 'sent'] as const satisfies readonly OutboxStatus[];

export interface OutboxTable {
  /** Monotonic per client and never reused (AUTOINCREMENT), as the server's exactly-once check needs. */
  mutation_id: Generated<number>;
  name: string;
  /** JSON. */
  args: string;
  base_version: number | null;
  created_at: string;
  status: OutboxStatus;
  /** The server's answer as JSON, once received. */
  result: string | null;
}

/** Which rows a decision touches, so lists can flag them as waiting (待同步). */
export interface OutboxTargetsTable {
  mutation_id: number;
  table_name: string;
  row_id: string;
  /** The row's changed columns (and seq) before the decision, as JSON; null for a row it created. */
  before: string | null;
}

export type ConflictStatus = 'open' | 'redone' | 'discarded';

export interface ConflictsTable {
  id: Generated<number>;
  mutation_id: number;
  table_name: string;
  row_id: string;
  /** What the administrator had decided, as JSON. */
  decided: string;
  /** The server's row, as JSON. */
  server_row: string;
  reason: string | null;
  status: ConflictStatus;
  created_at: string;
}

/** Derived, kept by triggers: declarations per partition, for tab badges and list planning. */
export interface DeclarationCountsTable {
  status: DeclarationStatus;
  year: number;
  type_code: string;
  category: 'public' | 'professional';
  n: number;
}

/** Derived, kept by triggers: a person's approved hours of a year, by category. */
export interface ApprovedHoursTable {
  year: number;
  staff_id: string;
  public_hours: number;
  professional_hours: number;
}

export interface StaffSearchTable {
  rowid: number;
  name: string;
  id_number: string;
}

export type CacheRow<T extends keyof CacheSchema> = Selectable<CacheSchema[T]>;
