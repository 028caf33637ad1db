import { z } from 'zod';
import {
  completionInputSchema,
  departmentCompletionSchema,
  staffHoursInputSchema,
  staffHoursListSchema,
  staffHoursRowSchema,
} from '../queries.ts';
import { BATCH_MAX_ITEMS } from '../sync.ts';
import { certificatePrintingCalls } from './certificate-printing.ts';
import { decisionSchema, rowId, uuidSchema, year } from './common.ts';

export * from './certificate-printing.ts';

export const certificatePeopleInputSchema = z
  .object({
    year,
    /** The department and everything below it. */
    departmentId: uuidSchema.optional(),
    /** Only those who met (true) or did not meet (false) the year's requirement. */
    met: z.boolean().optional(),
    /** Only these people (a selection). */
    staffIds: z.array(rowId).min(1).max(BATCH_MAX_ITEMS).optional(),
  })
  .strict();
export type CertificatePeopleInput = z.input<typeof certificatePeopleInputSchema>;

export const certificatePersonSchema = staffHoursRowSchema.extend({
  /** The year's certificate printed for the person, if any. */
  certificate: z.object({ id: z.string(), number: z.string(), printedAt: z.string() }).nullable(),
});
export type CertificatePerson = z.infer<typeof certificatePersonSchema>;

export const certificatePeopleSchema = z.object({
  year: z.number().int(),
  requirement: staffHoursListSchema.shape.requirement,
  rows: z.array(certificatePersonSchema),
});
export type CertificatePeople = z.infer<typeof certificatePeopleSchema>;

/** Certificates just printed; hours and completion are taken from the cache as printed. */
export const certificatesRecordInputSchema = z
  .object({
    year,
    items: z
      .array(
        z
          .object({
            staffId: rowId,
            number: z.string().min(1, '证书编号不能为空').max(40),
            verificationCode: z.string().min(8, '验证码至少 8 位').max(40),
          })
          .strict(),
      )
      .min(1, '请至少选择一人')
      .max(BATCH_MAX_ITEMS),
  })
  .strict();
export type CertificatesRecordInput = z.input<typeof certificatesRecordInputSchema>;

export const certificateHoursCalls = {
  /** 证书打印: people with the year's hours and any certificate printed for them. */
  certificatesPeople: { input: certificatePeopleInputSchema, output: certificatePeopleSchema },
  /** Decision `certificates.record`, one per certificate. */
  certificatesRecord: { input: certificatesRecordInputSchema, output: decisionSchema },
  /** Printers, preview, and print or save-as-PDF runs with progress and cancel. */
  ...certificatePrintingCalls,
  /** 学时统计: completion per department for a year. */
  hoursCompletion: { input: completionInputSchema, output: departmentCompletionSchema },
  /** 学时统计: each person's hours for a year, paged. */
  hoursStaff: { input: staffHoursInputSchema, output: staffHoursListSchema },
} as const;
