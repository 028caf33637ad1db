import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The server's tables. Portable across SQLite and PostgreSQL: booleans are 0/1 integers, times are
 * ISO-8601 UTC text, dates are YYYY-MM-DD text, JSON is text. Every row a unit can pull carries
 * `seq` (the server-wide change sequence number of its last change) and `version` (bumped on every
 * change, used for conflict detection); deleted rows stay as tombstones with `deleted = 1`.
 */
export interface ServerDatabase {
  sync_state: SyncStateTable;
  dictionary_entries: DictionaryEntriesTable;
  ce_types: CeTypesTable;
  hour_requirements: HourRequirementsTable;
  hr_admins: HrAdminsTable;
  units: UnitsTable;
  unit_admins: UnitAdminsTable;
  departments: DepartmentsTable;
  staff: StaffTable;
  declarations: DeclarationsTable;
  attachments: AttachmentsTable;
  certificates: CertificatesTable;
  certificate_leases: CertificateLeasesTable;
  sessions: SessionsTable;
  captchas: CaptchasTable;
  login_failures: LoginFailuresTable;
  mail_outbox: MailOutboxTable;
  sync_clients: SyncClientsTable;
  applied_mutations: AppliedMutationsTable;
  audit_log: AuditLogTable;
}

interface Versioned {
  version: number;
  seq: number;
}

export interface SyncStateTable {
  id: number;
  last_seq: number;
  /** Changes when the data set is replaced (restore, reseed): clients holding an older epoch resync. */
  epoch: string;
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
  /** The catalogue entry (fields, hour rule parameters) as JSON. */
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

export interface HrAdminsTable {
  id: string;
  hr_department_code: string;
  username: string;
  name: string;
  password_hash: string;
  created_at: string;
}

export type UnitStatus = 'pending' | 'approved' | 'rejected';

export interface UnitsTable extends Versioned {
  id: string;
  code: string;
  code_kind: 'socialCreditCode' | 'organizationCode';
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
  status: UnitStatus;
  reject_reason: string | null;
  scan_attachment_id: string | null;
  registered_at: string;
  decided_at: string | null;
}

export type UnitAdminRole = 'admin' | 'sub';

export interface UnitAdminsTable extends Versioned {
  id: string;
  unit_id: string;
  id_number: string;
  name: string;
  phone: string;
  email: string;
  password_hash: string;
  role: UnitAdminRole;
  /** JSON array of permission codes; the unit's main administrator has them all. */
  permissions: string;
  status: 'active' | 'disabled';
  created_at: string;
  deleted: number;
}

export interface DepartmentsTable extends Versioned {
  id: string;
  unit_id: string;
  parent_id: string | null;
  name: string;
  sort_order: number;
  created_at: string;
  deleted: number;
}

export type StaffStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'left';

export interface StaffTable extends Versioned {
  id: string;
  unit_id: string;
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
  password_hash: string;
  status: StaffStatus;
  reject_reason: string | null;
  registered_at: string;
  decided_at: string | null;
  left_at: string | null;
}

export type DeclarationStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface DeclarationsTable extends Versioned {
  id: string;
  unit_id: string;
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
  /** Copied from the attachment so that clients can budget their prefetch without another request. */
  attachment_media_type: string | null;
  attachment_size: number | null;
  status: DeclarationStatus;
  reject_reason: string | null;
  source: 'staff' | 'unit';
  /** Set for declarations a unit made for many staff at once. */
  activity_id: string | null;
  submitted_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface AttachmentsTable {
  id: string;
  unit_id: string | null;
  uploaded_by: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
  created_at: string;
}

export interface CertificatesTable extends Versioned {
  id: string;
  unit_id: string;
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
}

export interface CertificateLeasesTable {
  id: string;
  unit_id: string;
  client_id: string;
  year: number;
  first_number: number;
  last_number: number;
  leased_at: string;
}

export type SubjectKind = 'staff' | 'unit_admin' | 'hr_admin';

export interface SessionsTable {
  token_hash: string;
  subject_kind: SubjectKind;
  subject_id: string;
  unit_id: string | null;
  created_at: string;
  expires_at: string;
  address: string;
}

export interface CaptchasTable {
  id: string;
  answer_hash: string;
  expires_at: string;
}

export interface LoginFailuresTable {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface MailOutboxTable {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface SyncClientsTable {
  client_id: string;
  unit_id: string;
  admin_id: string;
  last_mutation_id: number;
  last_seen_at: string;
}

export interface AppliedMutationsTable {
  client_id: string;
  mutation_id: number;
  unit_id: string;
  name: string;
  /** The answer given the first time, returned again for a repeated push. */
  result: string;
  applied_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_kind: SubjectKind | 'system';
  actor_id: string;
  unit_id: string | null;
  client_id: string | null;
  action: string;
  target: string;
  details: string;
  address: string;
}

export type Row<T extends keyof ServerDatabase> = Selectable<ServerDatabase[T]>;
export type NewRow<T extends keyof ServerDatabase> = Insertable<ServerDatabase[T]>;
export type RowUpdate<T extends keyof ServerDatabase> = Updateable<ServerDatabase[T]>;
