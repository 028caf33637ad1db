import { z } from 'zod';
import { orientations, paperSizeNames } from '../../printing/paper.ts';
import { checkInsidePage } from './template-bounds.ts';

/**
 * The certificate template a unit may adjust (resources/certificate/template.json): positions and
 * sizes in millimetres from the top left corner of the page the template is designed for, font
 * sizes in points, colours as #RRGGBB. File paths are relative to the template file.
 */
const mm = z.number().min(0).max(2000);
const length = z.number().positive().max(2000);
const points = z.number().positive().max(200);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色应写作 #RRGGBB，例如 #9E2A2B');
const label = z.string().max(40);
const file = z.string().trim().min(1).max(500);

const box = { x: mm, y: mm, width: length, height: length };

const textStyle = {
  fontSize: points,
  /** Text that does not fit shrinks, down to this size (and below only if it still does not fit). */
  minFontSize: points,
  align: z.enum(['left', 'center', 'right']).default('left'),
  color: color.optional(),
  /** Line height as a multiple of the font size, for text that wraps. */
  lineHeight: z.number().min(1).max(3).default(1.3),
  /** Extra space after every character, in points. */
  letterSpacing: z.number().min(0).max(50).default(0),
};

const sizesInOrder = (style: { fontSize: number; minFontSize: number }) =>
  style.minFontSize <= style.fontSize;
const sizesMessage = { message: '最小字号不能大于字号', path: ['minFontSize'] };

const labelledBox = z
  .object({ ...box, ...textStyle, label })
  .strict()
  .refine(sizesInOrder, sizesMessage);
const fixedText = z
  .object({ ...box, ...textStyle, text: z.string().min(1).max(200) })
  .strict()
  .refine(sizesInOrder, sizesMessage);
/** The issuing body: the unit's own name unless the template names another. */
const issuer = z
  .object({ ...box, ...textStyle, label, text: z.string().max(100).nullable().default(null) })
  .strict()
  .refine(sizesInOrder, sizesMessage);

export const STATEMENT_PLACEHOLDERS = [
  'name',
  'year',
  'publicHours',
  'professionalHours',
  'totalHours',
  'requiredHours',
  'result',
] as const;
export type StatementPlaceholder = (typeof STATEMENT_PLACEHOLDERS)[number];

const statementText = z
  .string()
  .min(1)
  .max(500)
  .superRefine((text, context) => {
    for (const [, name] of text.matchAll(/\{([^}]*)\}/g)) {
      if (!(STATEMENT_PLACEHOLDERS as readonly string[]).includes(name!)) {
        context.addIssue({
          code: 'custom',
          message: `未知的占位符 {${name}}，可用：${STATEMENT_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`,
        });
      }
    }
  });

/** The sentence under the fields; `metText` or `notMetText` fills its {result}. */
const statement = z
  .object({
    ...box,
    ...textStyle,
    text: statementText,
    metText: z.string().max(60),
    notMetText: z.string().max(60),
  })
  .strict()
  .refine(sizesInOrder, sizesMessage);

const hoursTable = z
  .object({
    x: mm,
    y: mm,
    width: length,
    rowHeight: length,
    /** Share of the width the first (row heading) column takes. */
    headingShare: z.number().min(0.1).max(0.7).default(0.28),
    fontSize: points,
    minFontSize: points,
    color: color.optional(),
    lineColor: color.default('#555555'),
    headingFill: color.nullable().default('#F5EFE3'),
    lineWidth: z.number().positive().max(5).default(0.6),
    headings: z.object({ corner: label, public: label, professional: label, total: label }).strict(),
    rows: z.object({ completed: label, required: label, status: label }).strict(),
    metText: label,
    notMetText: label,
    noRequirementText: label,
  })
  .strict()
  .refine(sizesInOrder, sizesMessage);

/** The QR code, with two lines under it (caption, verification code) in `captionHeight`. */
const qr = z
  .object({
    x: mm,
    y: mm,
    size: length,
    caption: z.string().max(40),
    codeLabel: label,
    fontSize: points,
    captionHeight: length.default(9),
    color: color.optional(),
  })
  .strict();

const image = z
  .object({ file, x: mm, y: mm, width: length, height: length, opacity: z.number().min(0).max(1).default(1) })
  .strict();

const border = z
  .object({
    color,
    innerColor: color,
    /** Distance of the outer frame from the page edge. */
    inset: mm,
    outerWidth: z.number().min(0).max(20),
    innerWidth: z.number().min(0).max(20),
    /** Distance between the outer and the inner frame. */
    gap: mm,
  })
  .strict();

export const certificateTemplateSchema = z
  .object({
    version: z.literal(1),
    templateName: z.string().trim().min(1).max(50),
    page: z.object({ size: z.enum(paperSizeNames), orientation: z.enum(orientations) }).strict(),
    /** A font of the unit's choice, tried before the system's and the bundled fonts. */
    font: z
      .object({ file, postscriptName: z.string().max(100).optional() })
      .strict()
      .nullable()
      .default(null),
    textColor: color,
    border: border.nullable().default(null),
    background: image.nullable().default(null),
    title: fixedText,
    number: labelledBox,
    name: labelledBox,
    idNumber: labelledBox,
    unit: labelledBox,
    department: labelledBox,
    year: labelledBox,
    statement,
    hoursTable,
    issuer,
    printDate: labelledBox,
    seal: image.nullable().default(null),
    qr,
  })
  .strict()
  .superRefine(checkInsidePage);

export type CertificateTemplate = z.output<typeof certificateTemplateSchema>;
export type TextBoxStyle = Pick<
  z.output<typeof labelledBox>,
  'fontSize' | 'minFontSize' | 'lineHeight' | 'letterSpacing' | 'align' | 'color'
>;
export type HoursTableLayout = CertificateTemplate['hoursTable'];
export type QrLayout = CertificateTemplate['qr'];
export type ImageLayout = z.output<typeof image>;
export type BorderLayout = z.output<typeof border>;
