import { z } from 'zod';
import {
  byIdInputSchema,
  registrationListInputSchema,
  staffDetailSchema,
  staffListInputSchema,
  staffListSchema,
  staffRowSchema,
} from '../queries.ts';
import { BATCH_MAX_ITEMS } from '../sync.ts';
import { decisionSchema, reasonSchema, rowId, rowIds, uuidSchema } from './common.ts';

/** Everything a staff export or selection may hold: a large unit's staff. */
export const STAFF_EXPORT_MAX_ROWS = 50_000;

export const staffExportInputSchema = staffListInputSchema.omit({
  after: true,
  limit: true,
  withTotal: true,
});
export type StaffExportInput = z.input<typeof staffExportInputSchema>;

export const staffExportSchema = z.object({
  rows: z.array(staffRowSchema),
  /** More rows matched than an export holds. */
  truncated: z.boolean(),
});
export type StaffExport = z.infer<typeof staffExportSchema>;

/** ID numbers read from an Excel list, to select those people for batch work. */
export const staffByIdNumbersInputSchema = z
  .object({
    idNumbers: z
      .array(z.string().trim().min(1).max(64))
      .min(1, '请至少提供一个身份证号码')
      .max(BATCH_MAX_ITEMS, `一次最多 ${BATCH_MAX_ITEMS} 个身份证号码`),
  })
  .strict();
export type StaffByIdNumbersInput = z.input<typeof staffByIdNumbersInputSchema>;

export const staffByIdNumbersSchema = z.object({
  /** Approved staff of the unit with those ID numbers, in the order asked. */
  found: z.array(staffRowSchema),
  /** ID numbers of no approved staff member of the unit, as given. */
  missing: z.array(z.string()),
});
export type StaffByIdNumbers = z.infer<typeof staffByIdNumbersSchema>;

export const staffCalls = {
  /** 审核注册账号: pending registrations; detail through `staffDetail`. */
  registrationsList: { input: registrationListInputSchema, output: staffListSchema },
  registrationsApprove: { input: z.object({ staffIds: rowIds }).strict(), output: decisionSchema },
  registrationsReject: {
    input: z.object({ staffIds: rowIds, reason: reasonSchema }).strict(),
    output: decisionSchema,
  },
  /** 专业技术人员管理: search by name or ID number, filter by department, status, title. */
  staffList: { input: staffListInputSchema, output: staffListSchema },
  /** A person of any status (registrations too), with declarations and yearly hours. */
  staffDetail: { input: byIdInputSchema, output: staffDetailSchema },
  /** Every row matching a list's filters, for the renderer to write an Excel file. */
  staffExportRows: { input: staffExportInputSchema, output: staffExportSchema },
  staffFindByIdNumbers: { input: staffByIdNumbersInputSchema, output: staffByIdNumbersSchema },
  staffTransfer: {
    input: z.object({ staffIds: rowIds, departmentId: uuidSchema }).strict(),
    output: decisionSchema,
  },
  staffMarkLeft: { input: z.object({ staffIds: rowIds }).strict(), output: decisionSchema },
  /** The server e-mails the person a temporary password. */
  staffResetPassword: { input: z.object({ staffId: rowId }).strict(), output: decisionSchema },
} as const;
