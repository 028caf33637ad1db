import { z } from 'zod';
import { BATCH_MAX_ITEMS } from '../sync.ts';
import { doneSchema, noArguments, rowId, uuidSchema, year } from './common.ts';
import { paperSizes } from './settings.ts';

/** A local printer as the system lists it. */
export const printerSchema = z.object({
  name: z.string(),
  isDefault: z.boolean(),
  /** False when the queue is paused or refuses jobs. */
  ready: z.boolean(),
});
export type Printer = z.infer<typeof printerSchema>;

const paperSize = z.enum(paperSizes, { error: '请选择纸张大小' });
const orientation = z.enum(['portrait', 'landscape'], { error: '请选择纸张方向' });

/** Paper for this run only; the settings' paper when left out. */
const paperChoice = {
  paperSize: paperSize.optional(),
  orientation: orientation.optional(),
};

export const certificatesPreviewInputSchema = z
  .object({
    year,
    /** Whose certificate; sample data (with rare characters) when left out. */
    staffId: rowId.optional(),
    ...paperChoice,
  })
  .strict();
export type CertificatesPreviewInput = z.input<typeof certificatesPreviewInputSchema>;

export const certificatePreviewSchema = z.object({
  /** The certificate as a PDF, base64; null when it cannot be drawn (see `missingCharacters`). */
  pdfBase64: z.string().nullable(),
  /** Characters no font has: such a certificate is not printed, never with an empty box. */
  missingCharacters: z.array(z.string()),
  /** Why there is no PDF, in Chinese; null when there is one. */
  message: z.string().nullable(),
  /** True when sample data was drawn (no person chosen). */
  sample: z.boolean(),
});
export type CertificatePreview = z.infer<typeof certificatePreviewSchema>;

/** Whose certificates: chosen people, or everyone matching the 证书打印 filters. */
export const certificateSelectionSchema = z
  .object({
    /** The department and everything below it. */
    departmentId: uuidSchema.optional(),
    met: z.boolean().optional(),
    staffIds: z
      .array(rowId)
      .min(1, '请至少选择一人')
      .max(BATCH_MAX_ITEMS, `一次最多 ${BATCH_MAX_ITEMS} 人`)
      .optional(),
  })
  .strict();

/** An absolute folder path (checked without Node: the contract is shared with the renderer). */
const absoluteDirectory = z
  .string()
  .trim()
  .min(1, '请输入保存文件夹')
  .max(1000, '文件夹路径过长')
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, '请输入完整的文件夹路径，例如 D:\\证书');

export const certificateOutputSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('print'),
        /** The settings' printer, else the system's default, when left out. */
        printer: z.string().trim().min(1, '请选择打印机').max(200).optional(),
        copies: z
          .number({ error: '请输入份数' })
          .int('份数须为整数')
          .min(1, '份数至少为 1')
          .max(99, '份数最多为 99'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('pdf'),
        /** One PDF per person, or one PDF with a page per person. */
        files: z.enum(['perPerson', 'combined'], { error: '请选择保存方式' }),
        /** `<user data>/certificates/<year>` when left out. */
        directory: absoluteDirectory.optional(),
      })
      .strict(),
  ],
  { error: '请选择打印或保存为 PDF' },
);
export type CertificateOutput = z.input<typeof certificateOutputSchema>;

export const certificatesRunInputSchema = z
  .object({
    year,
    selection: certificateSelectionSchema,
    output: certificateOutputSchema,
    ...paperChoice,
  })
  .strict();
export type CertificatesRunInput = z.input<typeof certificatesRunInputSchema>;

export const certificateJobStartSchema = z.object({
  jobId: z.string(),
  /** Where the PDFs are saved; null when printing. */
  directory: z.string().nullable(),
});
export type CertificateJobStart = z.infer<typeof certificateJobStartSchema>;

export const certificateJobIdSchema = z.object({ jobId: z.string().min(1).max(64) }).strict();

export const certificateFailureSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  reason: z.string(),
});
export type CertificateFailure = z.infer<typeof certificateFailureSchema>;

/** How a certificate job ended. */
export const certificateJobResultSchema = z.object({
  /** `completed` even when some people failed (listed in `failures`), as long as some certificates were made. */
  outcome: z.enum(['completed', 'failed', 'cancelled']),
  /** For the officer, in Chinese. */
  message: z.string(),
  output: z.enum(['print', 'pdf']),
  /** Where the PDFs were saved; null when printed. */
  directory: z.string().nullable(),
  /** The print queue's job (e.g. CUPS `PDF-12`), to find it in the queue; null when none was sent. */
  printJobId: z.string().nullable(),
  /** PDFs written and kept (none when printed, failed or cancelled). */
  files: z.array(z.string()),
  /** Certificates printed or saved. */
  produced: z.number().int(),
  /** New certificates recorded (待同步); reprints keep their record. */
  recorded: z.number().int(),
  /** Certificates numbered without the server (its leases used up while offline). */
  offlineNumbers: z.number().int(),
  failures: z.array(certificateFailureSchema),
  /** E.g. an element whose text had to be cut to fit. */
  warnings: z.array(z.string()),
});
export type CertificateJobResult = z.infer<typeof certificateJobResultSchema>;

/** The `certificateJob` event: progress of a running job, then its result once. */
export const certificateJobEventSchema = z.discriminatedUnion('state', [
  z.object({
    jobId: z.string(),
    state: z.literal('running'),
    phase: z.enum(['preparing', 'generating', 'printing', 'recording']),
    done: z.number().int(),
    failed: z.number().int(),
    total: z.number().int(),
  }),
  z.object({ jobId: z.string(), state: z.literal('finished'), result: certificateJobResultSchema }),
]);
export type CertificateJobEvent = z.infer<typeof certificateJobEventSchema>;

/** An absolute path (checked without Node), without the quotes Windows' 复制为路径 puts around it. */
const absoluteFile = (what: string, example: string) =>
  z
    .string({ error: `请输入${what}的完整路径` })
    .trim()
    .transform((path) => path.replace(/^"(.*)"$/, '$1').trim())
    .pipe(
      z
        .string()
        .min(1, `请输入${what}的完整路径`)
        .max(1000, '路径过长')
        .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, `请输入${what}的完整路径，例如 ${example}`),
    );

/** The values of a certificate template that 证书模板 edits in the app (the rest: a text editor). */
export const certificateTemplateCommonSchema = z.object({
  /** The title printed at the top (title.text). */
  title: z.string(),
  /** The issuing body printed above the date (issuer.text); null prints the unit's own name. */
  issuer: z.string().nullable(),
  /** The seal image file (absolute); null when the template prints no seal. */
  sealFile: z.string().nullable(),
});
export type CertificateTemplateCommon = z.infer<typeof certificateTemplateCommonSchema>;

/** Which certificate template the open unit prints with on this PC. */
export const certificateTemplateStatusSchema = z.object({
  /** False: the template shipped with the app. */
  custom: z.boolean(),
  /** The template file in use. */
  path: z.string(),
  /** Its templateName; null when it does not open. */
  templateName: z.string().nullable(),
  /**
   * Why the template in use cannot print now (its file was edited or moved since it was chosen),
   * one problem a line, in Chinese; empty when it is fine.
   */
  problems: z.array(z.string()),
  /** The values the app can edit; null when the template does not open. */
  common: certificateTemplateCommonSchema.nullable(),
});
export type CertificateTemplateStatus = z.infer<typeof certificateTemplateStatusSchema>;

export const certificateTemplateExportSchema = z.object({
  /** The new folder with template.json, its images and 说明.txt. */
  directory: z.string(),
  templatePath: z.string(),
});
export type CertificateTemplateExport = z.infer<typeof certificateTemplateExportSchema>;

export const certificateTemplateUseInputSchema = z
  .object({
    /** The template file (or the folder holding template.json); null goes back to the shipped template. */
    path: absoluteFile('证书模板文件', 'D:\\证书模板\\template.json').nullable(),
  })
  .strict();
export type CertificateTemplateUseInput = z.input<typeof certificateTemplateUseInputSchema>;

export const certificateTemplateEditInputSchema = z
  .object({
    title: z
      .string({ error: '请输入证书标题' })
      .trim()
      .min(1, '请输入证书标题')
      .max(200, '证书标题最多 200 字'),
    /** Null or empty: the unit's own name. */
    issuer: z
      .string()
      .trim()
      .max(100, '发证单位最多 100 字')
      .nullable()
      .transform((text) => (text ? text : null)),
    seal: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('keep') }).strict(),
        /** No printed seal: the unit stamps the certificates by hand. */
        z.object({ kind: z.literal('none') }).strict(),
        z
          .object({ kind: z.literal('file'), path: absoluteFile('印章图片', 'D:\\证书模板\\印章.png') })
          .strict(),
      ],
      { error: '请选择印章的处理方式' },
    ),
  })
  .strict();
export type CertificateTemplateEditInput = z.input<typeof certificateTemplateEditInputSchema>;

export const certificatePrintingCalls = {
  /** The local printers, to choose from. */
  printersList: { input: noArguments, output: z.array(printerSchema) },
  /** One certificate as PDF: a person's with real data, or sample data. */
  certificatesPreview: { input: certificatesPreviewInputSchema, output: certificatePreviewSchema },
  /** Starts printing or saving certificates in the background; progress comes as `certificateJob` events. */
  certificatesRun: { input: certificatesRunInputSchema, output: certificateJobStartSchema },
  /** Stops a running job: nothing of it is recorded. */
  certificatesCancel: { input: certificateJobIdSchema, output: doneSchema },
  /** The latest event of a job (kept for recent jobs), for a screen that may have missed one. */
  certificatesJobStatus: { input: certificateJobIdSchema, output: certificateJobEventSchema },
  /** 证书模板: the open unit's template on this PC, shipped or its own, and whether it still opens. */
  certificateTemplateGet: { input: noArguments, output: certificateTemplateStatusSchema },
  /** Copies the shipped template (and its images) into a new folder of the user data folder, to edit. */
  certificateTemplateExportDefault: { input: noArguments, output: certificateTemplateExportSchema },
  /**
   * Prints with this template from now on (null: the shipped one), after opening it as a print
   * would; a template that does not open is refused (INVALID_ARGUMENT, one `fields` entry a
   * problem, field `path`) and the template in use stays.
   */
  certificateTemplateUse: {
    input: certificateTemplateUseInputSchema,
    output: certificateTemplateStatusSchema,
  },
  /**
   * Changes the title, the issuing body and the seal of the unit's template (the shipped one is first
   * copied as the unit's own), validated like certificateTemplateUse; refused changes save nothing.
   */
  certificateTemplateEdit: {
    input: certificateTemplateEditInputSchema,
    output: certificateTemplateStatusSchema,
  },
} as const;
