import { z } from 'zod';
import {
  byIdInputSchema,
  declarationCountsInputSchema,
  declarationCountsSchema,
  declarationDetailSchema,
  declarationListInputSchema,
  declarationListSchema,
} from '../queries.ts';
import { BATCH_MAX_ITEMS } from '../sync.ts';
import { creationSchema, decisionSchema, reasonSchema, rowId, rowIds, year } from './common.ts';

/** The scan of a declaration, as a data URL: `<img>` shows images, pdf.js renders PDFs from its bytes. */
export const scanSchema = z.object({
  mediaType: z.string(),
  size: z.number().int(),
  dataUrl: z.string(),
});
export type Scan = z.infer<typeof scanSchema>;

/**
 * The declarations a batch decision covers: chosen rows (`ids`), or every pending declaration matching
 * a list's filters (`filter`, the list's filters without status).
 */
const selection = {
  ids: rowIds.optional(),
  filter: declarationCountsInputSchema.optional(),
};
const exactlyOneSelection = (input: { ids?: unknown; filter?: unknown }) =>
  (input.ids === undefined) !== (input.filter === undefined);
const selectionMessage = { path: ['ids'], message: '请选择申报记录，或按筛选条件全部处理' };

export const declarationsApproveInputSchema = z
  .object(selection)
  .strict()
  .refine(exactlyOneSelection, selectionMessage);
export type DeclarationsApproveInput = z.input<typeof declarationsApproveInputSchema>;

export const declarationsRejectInputSchema = z
  .object({ ...selection, reason: reasonSchema })
  .strict()
  .refine(exactlyOneSelection, selectionMessage);
export type DeclarationsRejectInput = z.input<typeof declarationsRejectInputSchema>;

/** 其它继续教育形式申报: one unit-organised activity declared for many staff, approved at once. */
export const unitDeclarationInputSchema = z
  .object({
    typeCode: z.string({ error: '请选择继续教育类型' }).min(1, '请选择继续教育类型').max(40),
    year,
    title: z.string({ error: '请输入名称' }).trim().min(1, '请输入名称').max(100, '名称最多 100 字'),
    hours: z.number({ error: '请输入学时' }).positive('学时须大于 0').max(1000, '学时过大'),
    fields: z.record(z.string(), z.unknown()),
    remarks: z.string().max(4000).default(''),
    staffIds: z
      .array(rowId)
      .min(1, '请至少选择一名人员')
      .max(BATCH_MAX_ITEMS, `一次最多 ${BATCH_MAX_ITEMS} 人`),
  })
  .strict();
export type UnitDeclarationInput = z.input<typeof unitDeclarationInputSchema>;

export const declarationCalls = {
  /** 继续教育信息管理: filters, keyset pages, sort. */
  declarationsList: { input: declarationListInputSchema, output: declarationListSchema },
  /** Tab badges per status for the same filters. */
  declarationsCounts: { input: declarationCountsInputSchema, output: declarationCountsSchema },
  declarationsDetail: { input: byIdInputSchema, output: declarationDetailSchema },
  /** The scan from the local cache, or fetched from the server and cached (UNAVAILABLE offline). */
  declarationsScan: { input: z.object({ declarationId: rowId }).strict(), output: scanSchema },
  declarationsApprove: { input: declarationsApproveInputSchema, output: decisionSchema },
  declarationsReject: { input: declarationsRejectInputSchema, output: decisionSchema },
  /** Decision `unitDeclarations.create`; the answer's `id` is the activity's. */
  unitDeclarationsCreate: { input: unitDeclarationInputSchema, output: creationSchema },
} as const;
