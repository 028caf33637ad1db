import { z } from 'zod';
import { unitPermissionCodes } from '../domain/unit-permissions.ts';

/**
 * The sync protocol between employer clients and the sync API (docs/sync-protocol.md is the prose).
 * Bumping the schema version makes every client resync from scratch.
 */
export const SYNC_SCHEMA_VERSION = 1;
export const PULL_MAX_LIMIT = 20_000;
export const PUSH_MAX_MUTATIONS = 500;
export const BATCH_MAX_ITEMS = 10_000;

const id = z.string().min(1).max(64);
const uuid = z.uuid();
const version = z.number().int().min(0);
const reason = z.string().trim().min(1).max(200);
const name = z.string().trim().min(1).max(50);

export const pullRequestSchema = z
  .object({
    cursor: z.string().max(200).nullable(),
    limit: z.number().int().min(1).max(PULL_MAX_LIMIT).default(5_000),
    /** Ask for the number of changes left, for a progress bar; costs a count query, so once per sync. */
    withRemaining: z.boolean().default(false),
  })
  .strict();
export type PullRequest = z.input<typeof pullRequestSchema>;

/** The tables a client mirrors, in the order a page lists them; each row has `seq`. */
export const syncedTables = {
  dictionary_entries: ['dictionary', 'code', 'label', 'parent_code', 'sort_order', 'seq'],
  ce_types: ['code', 'name', 'definition', 'sort_order', 'seq'],
  hour_requirements: ['year', 'total_hours', 'public_min_hours', 'professional_min_hours', 'seq'],
  units: [
    'id',
    'code',
    'code_kind',
    'name',
    'region_code',
    'nature_code',
    'competent_department',
    'hr_department_code',
    'affiliation_code',
    'level_code',
    'industry_code',
    'address',
    'contact_name',
    'contact_phone',
    'status',
    'version',
    'seq',
  ],
  unit_admins: [
    'id',
    'id_number',
    'name',
    'phone',
    'email',
    'role',
    'permissions',
    'status',
    'version',
    'seq',
  ],
  departments: ['id', 'parent_id', 'name', 'sort_order', 'version', 'seq'],
  staff: [
    'id',
    'department_id',
    'id_number',
    'name',
    'gender',
    'birth_date',
    'ethnicity',
    'native_place',
    'school',
    'major',
    'education',
    'title_level',
    'title_name',
    'phone',
    'email',
    'status',
    'reject_reason',
    'registered_at',
    'decided_at',
    'left_at',
    'version',
    'seq',
  ],
  declarations: [
    'id',
    'staff_id',
    'type_code',
    'category',
    'year',
    'title',
    'hours',
    'fields',
    'remarks',
    'attachment_id',
    'attachment_media_type',
    'attachment_size',
    'status',
    'reject_reason',
    'source',
    'activity_id',
    'submitted_at',
    'decided_at',
    'decided_by',
    'version',
    'seq',
  ],
  certificates: [
    'id',
    'staff_id',
    'year',
    'number',
    'verification_code',
    'public_hours',
    'professional_hours',
    'total_hours',
    'required_hours',
    'met',
    'printed_at',
    'printed_by',
    'client_id',
    'version',
    'seq',
  ],
} as const;
export type SyncedTable = keyof typeof syncedTables;
export const syncedTableNames = Object.keys(syncedTables) as SyncedTable[];

/** Rows of one table as column arrays: `values[i][r]` is column `columns[i]` of row r. */
export interface ColumnBlock {
  columns: readonly string[];
  values: unknown[][];
}

export interface PullResponse {
  schemaVersion: number;
  /** Opaque; send it back to continue. */
  cursor: string;
  hasMore: boolean;
  /** Changes after this page, when asked for with `withRemaining`. */
  remaining?: number;
  tables: Partial<Record<SyncedTable, ColumnBlock>>;
  /** Keys of rows deleted since the cursor (departments, sub-administrators). */
  tombstones: Partial<Record<SyncedTable, string[]>>;
}

const staffItems = z
  .array(z.object({ staffId: id, version }).strict())
  .min(1)
  .max(BATCH_MAX_ITEMS);
const declarationItems = z
  .array(z.object({ declarationId: id, version }).strict())
  .min(1)
  .max(BATCH_MAX_ITEMS);

const editableUnitFields = z
  .object({
    name: z.string().trim().min(2).max(100),
    competent_department: z.string().trim().max(100),
    address: z.string().trim().max(200),
    contact_name: z.string().trim().max(50),
    contact_phone: z.string().trim().max(30),
    nature_code: z.string().max(10),
    affiliation_code: z.string().max(10),
    level_code: z.string().max(10),
    industry_code: z.string().max(10),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, '至少修改一项');

const permissions = z.array(z.enum(unitPermissionCodes)).max(unitPermissionCodes.length);

/** Every mutation a client may push, with its arguments. */
export const mutationArgsSchemas = {
  'registrations.approve': z.object({ items: staffItems }).strict(),
  'registrations.reject': z.object({ items: staffItems, reason }).strict(),
  'declarations.approve': z.object({ items: declarationItems }).strict(),
  'declarations.reject': z.object({ items: declarationItems, reason }).strict(),
  'departments.create': z.object({ departmentId: uuid, parentId: uuid.nullable(), name }).strict(),
  'departments.rename': z.object({ departmentId: uuid, name }).strict(),
  'departments.move': z.object({ departmentId: uuid, parentId: uuid.nullable() }).strict(),
  'departments.delete': z.object({ departmentId: uuid }).strict(),
  'staff.transfer': z.object({ items: staffItems, departmentId: uuid }).strict(),
  'staff.markLeft': z.object({ items: staffItems }).strict(),
  'staff.resetPassword': z.object({ staffId: id }).strict(),
  'unitDeclarations.create': z
    .object({
      activityId: uuid,
      typeCode: z.string().max(40),
      year: z.number().int(),
      title: z.string().trim().min(1).max(100),
      hours: z.number().positive().max(1000),
      fields: z.record(z.string(), z.unknown()),
      remarks: z.string().max(4000).default(''),
      staffIds: z.array(id).min(1).max(BATCH_MAX_ITEMS),
    })
    .strict(),
  'unit.update': z.object({ changes: editableUnitFields }).strict(),
  'subAdmins.create': z
    .object({
      adminId: uuid,
      idNumber: z.string().max(18),
      name: z.string().trim().min(1).max(50),
      phone: z.string().max(20),
      email: z.string().max(254),
      permissions,
    })
    .strict(),
  'subAdmins.update': z
    .object({
      adminId: uuid,
      name: z.string().trim().min(1).max(50).optional(),
      phone: z.string().max(20).optional(),
      email: z.string().max(254).optional(),
      permissions: permissions.optional(),
      status: z.enum(['active', 'disabled']).optional(),
    })
    .strict(),
  'subAdmins.delete': z.object({ adminId: uuid }).strict(),
  'certificates.record': z
    .object({
      certificateId: uuid,
      staffId: id,
      year: z.number().int(),
      number: z.string().min(1).max(40),
      verificationCode: z.string().min(8).max(40),
      publicHours: z.number().min(0),
      professionalHours: z.number().min(0),
      totalHours: z.number().min(0),
      requiredHours: z.number().min(0),
      met: z.boolean(),
      printedAt: z.iso.datetime(),
    })
    .strict(),
} as const;

export type MutationName = keyof typeof mutationArgsSchemas;
export type MutationArgs<N extends MutationName> = z.input<(typeof mutationArgsSchemas)[N]>;
export const mutationNames = Object.keys(mutationArgsSchemas) as [MutationName, ...MutationName[]];

export const mutationSchema = z
  .object({
    mutationId: z.number().int().min(1),
    name: z.string().max(60),
    args: z.unknown(),
    /** The version of the row the decision was made on, for single-row mutations. */
    baseVersion: version.optional(),
  })
  .strict();
export type Mutation = z.input<typeof mutationSchema>;

export const pushRequestSchema = z
  .object({
    clientId: uuid,
    mutations: z.array(mutationSchema).min(1).max(PUSH_MAX_MUTATIONS),
  })
  .strict();
export type PushRequest = z.input<typeof pushRequestSchema>;

export type OutcomeStatus = 'applied' | 'conflict' | 'rejected';

export interface ItemResult {
  id: string;
  status: OutcomeStatus;
  reason?: string;
  /** The server's row when the item conflicts: what the administrator is shown beside their decision. */
  current?: Record<string, unknown>;
}

export interface MutationResult {
  mutationId: number;
  status: OutcomeStatus;
  reason?: string;
  current?: Record<string, unknown>;
  /** For batch mutations, one result per item; the mutation itself is `applied` once processed. */
  items?: ItemResult[];
}

export interface PushResponse {
  results: MutationResult[];
}
