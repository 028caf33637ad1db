import { z } from 'zod';
import { ceCategorySchema } from '../domain/ce-types.ts';

/**
 * What the screens ask the local cache, and what they get back. Lists page by keyset: `after` is the
 * opaque `nextCursor` of the previous page, valid for the same sort; `total` is counted only when
 * asked for (`withTotal`), since counting costs more than a page.
 */
export const QUERY_PAGE_MAX = 200;
export const QUERY_PAGE_DEFAULT = 50;

export const declarationStatuses = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export const staffStatuses = ['pending', 'approved', 'rejected', 'withdrawn', 'left'] as const;

const id = z.string().min(1).max(64);
const year = z.number().int().min(2000).max(2100);
/** A fragment of a name or ID number; names may hold rare characters beyond the BMP. */
const search = z.string().trim().max(50).optional();
const order = z.enum(['asc', 'desc']).default('desc');
const instant = z.iso.datetime({ offset: true });

const page = {
  after: z.string().min(1).max(500).optional(),
  limit: z.number().int().min(1).max(QUERY_PAGE_MAX).default(QUERY_PAGE_DEFAULT),
  withTotal: z.boolean().default(false),
};

const pageOf = <Row extends z.ZodType>(row: Row) =>
  z.object({ rows: z.array(row), nextCursor: z.string().nullable(), total: z.number().int().optional() });

const requirement = z
  .object({ totalHours: z.number(), publicMinHours: z.number(), professionalMinHours: z.number() })
  .nullable();

// Declarations (继续教育申报审核)

/** The filters a declaration list and its tab badges share. */
const declarationFilters = {
  year: year.optional(),
  typeCode: z.string().min(1).max(40).optional(),
  category: ceCategorySchema.optional(),
  /** The department and everything below it. */
  departmentId: id.optional(),
  /** Submitted at or after. */
  submittedFrom: instant.optional(),
  /** Submitted before. */
  submittedTo: instant.optional(),
  search,
};

export const declarationListInputSchema = z
  .object({
    ...page,
    ...declarationFilters,
    status: z.enum(declarationStatuses).optional(),
    sort: z.enum(['submittedAt', 'hours']).default('submittedAt'),
    order,
  })
  .strict();
export type DeclarationListInput = z.input<typeof declarationListInputSchema>;
export type DeclarationListArgs = z.output<typeof declarationListInputSchema>;

export const declarationRowSchema = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  staffIdNumber: z.string(),
  departmentName: z.string().nullable(),
  typeCode: z.string(),
  typeName: z.string(),
  category: ceCategorySchema,
  year: z.number(),
  title: z.string(),
  hours: z.number(),
  status: z.enum(declarationStatuses),
  source: z.enum(['staff', 'unit']),
  submittedAt: z.string(),
  /** A decision on it waits to be sent (待同步). */
  waiting: z.boolean(),
});
export type DeclarationRow = z.infer<typeof declarationRowSchema>;
export const declarationListSchema = pageOf(declarationRowSchema);
export type DeclarationList = z.infer<typeof declarationListSchema>;

export const declarationCountsInputSchema = z.object(declarationFilters).strict();
export type DeclarationCountsInput = z.input<typeof declarationCountsInputSchema>;
export type DeclarationCountsArgs = z.output<typeof declarationCountsInputSchema>;
export const declarationCountsSchema = z.object({
  pending: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  withdrawn: z.number().int(),
  all: z.number().int(),
});
export type DeclarationCounts = z.infer<typeof declarationCountsSchema>;

export const byIdInputSchema = z.object({ id }).strict();
export type ByIdInput = z.input<typeof byIdInputSchema>;
export type ByIdArgs = z.output<typeof byIdInputSchema>;

export const declarationDetailSchema = declarationRowSchema.extend({
  departmentId: z.string().nullable(),
  /** The type's fields, parsed. */
  fields: z.record(z.string(), z.unknown()),
  remarks: z.string(),
  attachment: z
    .object({ id: z.string(), mediaType: z.string().nullable(), size: z.number().nullable() })
    .nullable(),
  rejectReason: z.string().nullable(),
  activityId: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  version: z.number().int(),
});
export type DeclarationDetail = z.infer<typeof declarationDetailSchema>;

// Staff and registrations (人员管理, 注册审核)

export const registrationListInputSchema = z
  .object({ ...page, departmentId: id.optional(), search, order: z.enum(['asc', 'desc']).default('asc') })
  .strict();
export type RegistrationListInput = z.input<typeof registrationListInputSchema>;
export type RegistrationListArgs = z.output<typeof registrationListInputSchema>;

export const staffRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  idNumber: z.string(),
  gender: z.string(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  education: z.string(),
  titleLevel: z.string(),
  titleName: z.string(),
  phone: z.string(),
  status: z.enum(staffStatuses),
  registeredAt: z.string(),
  waiting: z.boolean(),
});
export type StaffRow = z.infer<typeof staffRowSchema>;
export const staffListSchema = pageOf(staffRowSchema);
export type StaffList = z.infer<typeof staffListSchema>;

export const staffListInputSchema = z
  .object({
    ...page,
    search,
    departmentId: id.optional(),
    status: z.enum(staffStatuses).default('approved'),
    titleLevel: z.string().min(1).max(10).optional(),
    sort: z.enum(['name', 'registeredAt']).default('name'),
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type StaffListInput = z.input<typeof staffListInputSchema>;
export type StaffListArgs = z.output<typeof staffListInputSchema>;

export const yearHoursSchema = z.object({
  year: z.number().int(),
  publicHours: z.number(),
  professionalHours: z.number(),
  totalHours: z.number(),
  requirement,
  publicMet: z.boolean(),
  professionalMet: z.boolean(),
  totalMet: z.boolean(),
  met: z.boolean(),
});
export type YearHours = z.infer<typeof yearHoursSchema>;

export const staffDetailSchema = z.object({
  staff: staffRowSchema.extend({
    birthDate: z.string(),
    ethnicity: z.string(),
    nativePlace: z.string(),
    school: z.string(),
    major: z.string(),
    email: z.string(),
    rejectReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
    leftAt: z.string().nullable(),
    version: z.number().int(),
  }),
  /** Newest first. */
  declarations: z.array(declarationRowSchema),
  /** Every year the person has a declaration in, oldest first. */
  hours: z.array(yearHoursSchema),
});
export type StaffDetail = z.infer<typeof staffDetailSchema>;

// Departments (部门管理)

export interface DepartmentNode {
  id: string;
  name: string;
  sortOrder: number;
  /** Approved staff in this department itself. */
  directStaff: number;
  /** Approved staff in it and every department below it. */
  subtreeStaff: number;
  /** Created, renamed or moved on this PC and not yet answered by the server (待同步). */
  waiting: boolean;
  children: DepartmentNode[];
}
export const departmentNodeSchema: z.ZodType<DepartmentNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    sortOrder: z.number(),
    directStaff: z.number().int(),
    subtreeStaff: z.number().int(),
    waiting: z.boolean(),
    children: z.array(departmentNodeSchema),
  }),
);
export const departmentTreeSchema = z.object({
  roots: z.array(departmentNodeSchema),
  /** Approved staff not placed in any department. */
  unassignedStaff: z.number().int(),
});
export type DepartmentTree = z.infer<typeof departmentTreeSchema>;
export const noInputSchema = z.object({}).strict().optional();

// Hours (学时统计)

export const staffHoursInputSchema = z
  .object({
    ...page,
    year,
    departmentId: id.optional(),
    search,
    /** Only those who met (true) or did not meet (false) the year's requirement. */
    met: z.boolean().optional(),
  })
  .strict();
export type StaffHoursInput = z.input<typeof staffHoursInputSchema>;
export type StaffHoursArgs = z.output<typeof staffHoursInputSchema>;

export const staffHoursRowSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  idNumber: z.string(),
  departmentName: z.string().nullable(),
  publicHours: z.number(),
  professionalHours: z.number(),
  totalHours: z.number(),
  publicMet: z.boolean(),
  professionalMet: z.boolean(),
  totalMet: z.boolean(),
  met: z.boolean(),
  waiting: z.boolean(),
});
export type StaffHoursRow = z.infer<typeof staffHoursRowSchema>;
export const staffHoursListSchema = pageOf(staffHoursRowSchema).extend({ requirement });
export type StaffHoursList = z.infer<typeof staffHoursListSchema>;

export const completionInputSchema = z.object({ year }).strict();
export type CompletionInput = z.input<typeof completionInputSchema>;
export type CompletionArgs = z.output<typeof completionInputSchema>;

/** Approved staff counted by which parts of the year's requirement they met. */
export const completionSchema = z.object({
  staff: z.number().int(),
  met: z.number().int(),
  notMet: z.number().int(),
  publicMet: z.number().int(),
  professionalMet: z.number().int(),
  totalMet: z.number().int(),
});
export type Completion = z.infer<typeof completionSchema>;

export const departmentCompletionSchema = z.object({
  year: z.number().int(),
  requirement,
  unit: completionSchema,
  departments: z.array(
    z.object({
      departmentId: z.string(),
      parentId: z.string().nullable(),
      name: z.string(),
      direct: completionSchema,
      subtree: completionSchema,
    }),
  ),
});
export type DepartmentCompletion = z.infer<typeof departmentCompletionSchema>;
