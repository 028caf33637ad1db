import { z } from 'zod';

/**
 * The catalogue of continuing-education declaration types (继续教育类型): Henan's 13 types plus 公需科目.
 * Each type lists the fields its form shows and its hour rule. The server serves the catalogue to the
 * clients as a dictionary and may change the rule parameters, so every number here is data: the schemas
 * below validate a served catalogue, and `declaration-rules.ts` interprets the rules.
 */

const typeCode = z.string().regex(/^[a-z][a-z0-9_]*$/);
const fieldKey = z.string().regex(/^[a-z][A-Za-z0-9]*$/);
const hours = z.number().nonnegative();
/** Hours by rank: index 0 is the first-ranked person; ranks beyond the list earn nothing. */
const hoursByRank = z.array(hours).readonly();

/** 公需科目 (law, policy, ethics, technical information) or 专业科目: the two shares of the yearly requirement. */
export const ceCategorySchema = z.enum(['public', 'professional']);
export type CeCategory = z.infer<typeof ceCategorySchema>;

export const fieldKindSchema = z.enum(['text', 'date', 'number', 'select', 'boolean']);
export type FieldKind = z.infer<typeof fieldKindSchema>;

export const fieldOptionSchema = z.object({ value: z.string().min(1), label: z.string().min(1) }).readonly();
export type FieldOption = z.infer<typeof fieldOptionSchema>;

export const fieldSpecSchema = z
  .object({
    key: fieldKey,
    label: z.string().min(1),
    kind: fieldKindSchema,
    required: z.boolean(),
    options: z.array(fieldOptionSchema).readonly().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    maxLength: z.number().int().positive().optional(),
    /** Key of another field of the same kind this one must not precede (end date after start date). */
    notBefore: fieldKey.optional(),
  })
  .readonly();
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

const conferenceLevel = z.object({ base: hours, paperShort: hours, paperLong: hours }).readonly();
const projectLevel = z.object({ main: hoursByRank, sub: hoursByRank }).readonly();
const awardLevel = z.object({ first: hoursByRank, second: hoursByRank, third: hoursByRank }).readonly();

/**
 * How many hours a declaration may claim. The composite kinds read fixed field keys, listed with each
 * kind; a type using such a rule must define those fields with those option values.
 */
export const hourRuleSchema = z.discriminatedUnion('kind', [
  /** The hours are the value of a field: approved class hours, course hours, completed hours. */
  z.object({ kind: z.literal('declared'), field: fieldKey }).readonly(),
  /**
   * The organiser's hours when given, else per day from `startDate` to `endDate` inclusive:
   * `fullDay` when `mode` is 'full_time' (脱产), `halfDay` when 'part_time' (半脱产).
   */
  z
    .object({ kind: z.literal('training'), fullDay: hours, halfDay: hours, organizerHoursField: fieldKey })
    .readonly(),
  /** `hoursPerItem` times the value of a count field. */
  z.object({ kind: z.literal('perItem'), field: fieldKey, hoursPerItem: hours }).readonly(),
  /**
   * Reads `level` ('national' | 'provincial'), `paperPresented` and `paperWords`: the base hours, plus
   * `paperShort` for a presented paper of at most `shortPaperMaxWords` characters, `paperLong` above.
   */
  z
    .object({
      kind: z.literal('conference'),
      national: conferenceLevel,
      provincial: conferenceLevel,
      shortPaperMaxWords: z.number().int().positive(),
    })
    .readonly(),
  /** Per year. Reads `level` ('national' | 'provincial'), `part` ('main' | 'sub') and `rank`. */
  z
    .object({
      kind: z.literal('project'),
      table: z.object({ national: projectLevel, provincial: projectLevel }).readonly(),
    })
    .readonly(),
  /**
   * Reads `form` ('book' | 'paper'); a book: `ownWords`, pro rata per 10,000 characters up to `bookCap`;
   * a paper: `journalLevel` ('national' | 'provincial' | 'city') and `rank` up to `paperMaxRank`.
   */
  z
    .object({
      kind: z.literal('publication'),
      bookHoursPer10kWords: hours,
      bookCap: hours,
      paper: z.object({ national: hours, provincial: hours, city: hours }).readonly(),
      paperMaxRank: z.number().int().positive(),
    })
    .readonly(),
  /**
   * Reads `patentType` ('invention' | 'utility' | 'design') and `rank`: the type's hours minus
   * `perRankDeduction` per rank below the first, never below 0.
   */
  z
    .object({
      kind: z.literal('patent'),
      invention: hours,
      utility: hours,
      design: hours,
      perRankDeduction: hours,
    })
    .readonly(),
  /** Reads `level` ('national' | 'provincial' | 'city'), `grade` ('first' | 'second' | 'third') and `rank`. */
  z
    .object({
      kind: z.literal('award'),
      table: z.object({ national: awardLevel, provincial: awardLevel, city: awardLevel }).readonly(),
    })
    .readonly(),
  /** A fixed amount set by the administrator. */
  z.object({ kind: z.literal('fixed'), hours }).readonly(),
]);
export type HourRule = z.infer<typeof hourRuleSchema>;

/** A fixed category, or one chosen by a boolean field (基地培训班 is 公需 when it is a 公需班). */
export const categoryRuleSchema = z.union([
  ceCategorySchema,
  z.object({ field: fieldKey, whenTrue: ceCategorySchema, whenFalse: ceCategorySchema }).readonly(),
]);
export type CategoryRule = z.infer<typeof categoryRuleSchema>;

const ceTypeShape = z
  .object({
    code: typeCode,
    name: z.string().min(1),
    category: categoryRuleSchema,
    fields: z.array(fieldSpecSchema).readonly(),
    rule: hourRuleSchema,
  })
  .readonly();
export type CeType = z.infer<typeof ceTypeShape>;

export const ceTypeSchema = ceTypeShape.superRefine((type, ctx) => {
  for (const message of catalogueEntryProblems(type)) ctx.addIssue({ code: 'custom', message });
});

export const ceCatalogueSchema = z
  .array(ceTypeSchema)
  .readonly()
  .refine((types) => new Set(types.map((type) => type.code)).size === types.length, '类型代码重复');

/** The number fields a rule names explicitly (the composite kinds read fixed keys instead). */
function ruleFields(rule: HourRule): string[] {
  if (rule.kind === 'declared' || rule.kind === 'perItem') return [rule.field];
  return rule.kind === 'training' ? [rule.organizerHoursField] : [];
}

/** Cross-references the schema shapes cannot express: a served catalogue must be self-consistent. */
function catalogueEntryProblems(type: CeType): string[] {
  const problems: string[] = [];
  const byKey = new Map(type.fields.map((field) => [field.key, field]));
  for (const field of type.fields) {
    if (field.kind === 'select' && !field.options?.length) {
      problems.push(`${type.code}.${field.key} 缺少选项`);
    }
    const other = field.notBefore === undefined ? undefined : byKey.get(field.notBefore);
    if (field.notBefore !== undefined && other?.kind !== field.kind) {
      problems.push(`${type.code}.${field.key} 的比较字段无效`);
    }
  }
  if (ruleFields(type.rule).some((key) => byKey.get(key)?.kind !== 'number')) {
    problems.push(`${type.code} 的学时规则引用的字段无效`);
  }
  if (typeof type.category === 'object' && byKey.get(type.category.field)?.kind !== 'boolean') {
    problems.push(`${type.code} 的类别字段无效`);
  }
  return problems;
}

const text = (key: string, label: string, maxLength: number, required = true): FieldSpec => ({
  key,
  label,
  kind: 'text',
  required,
  maxLength,
});

const date = (key: string, label: string, notBefore?: string): FieldSpec =>
  notBefore === undefined
    ? { key, label, kind: 'date', required: true }
    : { key, label, kind: 'date', required: true, notBefore };

const select = (key: string, label: string, options: readonly FieldOption[], required = true): FieldSpec => ({
  key,
  label,
  kind: 'select',
  required,
  options,
});

const count = (key: string, label: string, min: number, max: number, required = true): FieldSpec => ({
  key,
  label,
  kind: 'number',
  required,
  min,
  max,
  integer: true,
});

/** Hours a certificate or the organiser states; half hours are common, a year's worth is plenty. */
const statedHours = (key: string, label: string, required = true): FieldSpec => ({
  key,
  label,
  kind: 'number',
  required,
  min: 0.5,
  max: 200,
});

const NAME_MAX = 200;
const ORG_MAX = 100;
const NUMBER_MAX = 50;
const MAX_RANK = 20;

const NATIONAL = { value: 'national', label: '国家级' };
const PROVINCIAL = { value: 'provincial', label: '省级' };
const CITY = { value: 'city', label: '市级' };

const period = [date('startDate', '开始日期'), date('endDate', '结束日期', 'startDate')];

export const ceTypes = [
  {
    code: 'base_training',
    name: '基地培训班',
    category: { field: 'publicClass', whenTrue: 'public', whenFalse: 'professional' },
    fields: [
      text('baseName', '培训基地', ORG_MAX),
      text('classNo', '培训班编号', NUMBER_MAX),
      ...period,
      statedHours('approvedHours', '核定学时'),
      { key: 'publicClass', label: '公需班', kind: 'boolean', required: false },
    ],
    rule: { kind: 'declared', field: 'approvedHours' },
  },
  {
    code: 'training',
    name: '培训、研修、进修',
    category: 'professional',
    fields: [
      text('title', '培训名称', NAME_MAX),
      text('organizer', '主办单位', ORG_MAX),
      ...period,
      select('mode', '学习方式', [
        { value: 'full_time', label: '脱产' },
        { value: 'part_time', label: '半脱产' },
      ]),
      statedHours('organizerHours', '主办单位认定学时', false),
    ],
    rule: { kind: 'training', fullDay: 8, halfDay: 4, organizerHoursField: 'organizerHours' },
  },
  {
    code: 'degree_education',
    name: '学历、学位教育',
    category: 'professional',
    fields: [
      text('school', '就读学校', ORG_MAX),
      text('major', '专业', ORG_MAX),
      // GB/T 4658 codes, as in the educations dictionary.
      select('degreeLevel', '学历层次', [
        { value: '11', label: '博士研究生' },
        { value: '14', label: '硕士研究生' },
        { value: '21', label: '大学本科' },
        { value: '31', label: '大学专科' },
      ]),
      text('courses', '当年度通过课程', 500),
      count('coursesPassed', '当年度通过课程门数', 1, 20),
    ],
    rule: { kind: 'perItem', field: 'coursesPassed', hoursPerItem: 15 },
  },
  {
    code: 'conference',
    name: '学术会议',
    category: 'professional',
    fields: [
      text('title', '会议名称', NAME_MAX),
      text('organizer', '主办单位', ORG_MAX),
      select('level', '会议级别', [NATIONAL, PROVINCIAL]),
      date('meetingDate', '会议日期'),
      { key: 'paperPresented', label: '宣读论文', kind: 'boolean', required: false },
      count('paperWords', '论文字数', 1, 1_000_000, false),
    ],
    rule: {
      kind: 'conference',
      national: { base: 12, paperShort: 6, paperLong: 8 },
      provincial: { base: 8, paperShort: 4, paperLong: 6 },
      shortPaperMaxWords: 2000,
    },
  },
  {
    code: 'project',
    name: '课题、项目',
    category: 'professional',
    fields: [
      text('title', '课题名称', NAME_MAX),
      text('projectNo', '课题编号', NUMBER_MAX, false),
      select('level', '课题级别', [NATIONAL, PROVINCIAL]),
      select('part', '课题类别', [
        { value: 'main', label: '主课题' },
        { value: 'sub', label: '子课题' },
      ]),
      count('rank', '排名', 1, 5),
      count('startYear', '立项年度', 2000, 2100),
      { ...count('endYear', '结题年度', 2000, 2100), notBefore: 'startYear' },
    ],
    rule: {
      kind: 'project',
      table: {
        national: { main: [64, 56, 48, 40, 32], sub: [48, 40, 32] },
        provincial: { main: [56, 48, 40], sub: [40, 32, 24] },
      },
    },
  },
  {
    code: 'publication',
    name: '著作、论文',
    category: 'professional',
    fields: [
      select('form', '成果形式', [
        { value: 'book', label: '著作' },
        { value: 'paper', label: '论文' },
      ]),
      text('title', '著作或论文名称', NAME_MAX),
      text('serialNo', 'ISBN 或 ISSN/CN 号', NUMBER_MAX),
      text('publisher', '出版社或期刊', ORG_MAX),
      date('publishDate', '出版日期'),
      count('rank', '作者排名', 1, MAX_RANK),
      count('ownWords', '本人撰写字数', 1, 10_000_000, false),
      select('journalLevel', '期刊级别', [NATIONAL, PROVINCIAL, CITY], false),
    ],
    rule: {
      kind: 'publication',
      bookHoursPer10kWords: 5,
      bookCap: 72,
      paper: { national: 24, provincial: 18, city: 12 },
      paperMaxRank: 3,
    },
  },
  {
    code: 'patent',
    name: '专利',
    category: 'professional',
    fields: [
      text('title', '专利名称', NAME_MAX),
      text('patentNo', '专利号', NUMBER_MAX),
      select('patentType', '专利类型', [
        { value: 'invention', label: '发明专利' },
        { value: 'utility', label: '实用新型专利' },
        { value: 'design', label: '外观设计专利' },
      ]),
      date('grantDate', '授权日期'),
      count('rank', '发明人排名', 1, MAX_RANK),
    ],
    // Domain.md states the deduction for inventions only; it applies to every patent type here so a
    // later inventor never earns as much as the first.
    rule: { kind: 'patent', invention: 48, utility: 36, design: 36, perRankDeduction: 6 },
  },
  {
    code: 'award',
    name: '科技、社科奖',
    category: 'professional',
    fields: [
      text('title', '获奖成果名称', NAME_MAX),
      text('awardName', '奖项名称', NAME_MAX),
      text('awardingBody', '授奖单位', ORG_MAX),
      select('level', '奖励级别', [NATIONAL, PROVINCIAL, { value: 'city', label: '市（厅）级' }]),
      select('grade', '奖励等级', [
        { value: 'first', label: '一等奖' },
        { value: 'second', label: '二等奖' },
        { value: 'third', label: '三等奖' },
      ]),
      count('rank', '排名', 1, MAX_RANK),
      date('awardDate', '获奖日期'),
    ],
    // Default tiers (not set by any regulation): ranks counted as for projects (top 5 nationally, top 3
    // otherwise), 8 hours apart, capped at 72 like a book; a provincial first prize equals a provincial
    // main project's first rank (56).
    rule: {
      kind: 'award',
      table: {
        national: { first: [72, 64, 56, 48, 40], second: [64, 56, 48, 40, 32], third: [56, 48, 40, 32, 24] },
        provincial: { first: [56, 48, 40], second: [48, 40, 32], third: [40, 32, 24] },
        city: { first: [32, 24, 16], second: [24, 16, 8], third: [16, 8, 4] },
      },
    },
  },
  {
    code: 'qualification_exam',
    name: '资格考试',
    category: 'professional',
    fields: [
      text('examName', '考试名称', NAME_MAX),
      text('certificateNo', '证书编号', NUMBER_MAX),
      text('issuer', '发证机关', ORG_MAX),
      date('passDate', '取得日期'),
      count('itemsPassed', '通过项数', 1, 10),
    ],
    rule: { kind: 'perItem', field: 'itemsPassed', hoursPerItem: 40 },
  },
  {
    code: 'research_report',
    name: '调研报告',
    category: 'professional',
    fields: [
      text('title', '报告名称', NAME_MAX),
      text('instructedBy', '批示领导及职务', ORG_MAX),
      date('instructionDate', '批示日期'),
    ],
    // Default: a report a leader acted on weighs like a national paper (24).
    rule: { kind: 'fixed', hours: 24 },
  },
  {
    code: 'assistance',
    name: '援藏援疆援外、支教支农支医扶贫、挂职',
    category: 'professional',
    fields: [
      select('assignment', '派出类型', [
        { value: 'tibet', label: '援藏' },
        { value: 'xinjiang', label: '援疆' },
        { value: 'abroad', label: '援外' },
        { value: 'teaching', label: '支教' },
        { value: 'agriculture', label: '支农' },
        { value: 'medical', label: '支医' },
        { value: 'poverty', label: '扶贫' },
        { value: 'secondment', label: '挂职' },
      ]),
      text('destination', '派驻单位', ORG_MAX),
      ...period,
    ],
    // Default: a posting usually lasts the year, so it covers the year's 专业 minimum (60); the 24 公需
    // hours are still required.
    rule: { kind: 'fixed', hours: 60 },
  },
  {
    code: 'grassroots_service',
    name: '服务基层',
    category: 'professional',
    fields: [text('serviceUnit', '服务单位', ORG_MAX), text('content', '服务内容', 500), ...period],
    // Default: half the 专业 minimum, as such services are shorter than a posting.
    rule: { kind: 'fixed', hours: 30 },
  },
  {
    code: 'industry_training',
    name: '行业主管部门专业科目培训',
    category: 'professional',
    fields: [
      text('department', '行业主管部门', ORG_MAX),
      text('title', '培训名称', NAME_MAX),
      text('filingNo', '备案编号', NUMBER_MAX, false),
      ...period,
      statedHours('courseHours', '课程学时'),
    ],
    rule: { kind: 'declared', field: 'courseHours' },
  },
  {
    code: 'public_course',
    name: '公需科目',
    category: 'public',
    fields: [
      text('courseName', '课程名称', NAME_MAX),
      text('platform', '学习平台', ORG_MAX),
      select('mode', '学习方式', [
        { value: 'online', label: '网络学习' },
        { value: 'offline', label: '面授' },
      ]),
      date('completionDate', '完成日期'),
      statedHours('completedHours', '完成学时'),
    ],
    rule: { kind: 'declared', field: 'completedHours' },
  },
] as const satisfies readonly CeType[];

export type CeTypeCode = (typeof ceTypes)[number]['code'];

export function ceTypeByCode(code: string, catalogue: readonly CeType[] = ceTypes): CeType | undefined {
  return catalogue.find((type) => type.code === code);
}

/** Every declaration's remarks box; counted in Unicode characters, never bytes. */
export const REMARKS_MAX_CHARS = 1000;
/** Declarations are credited to a year (计入年度) from this one on. */
export const YEAR_MIN = 2000;
/** Hours are declared in half-hour steps. */
export const HOURS_STEP = 0.5;

/** One attachment per declaration: a scan, or a ZIP when there are several files. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_KINDS = [
  { kind: 'jpg', extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg' },
  { kind: 'png', extensions: ['png'], mimeType: 'image/png' },
  { kind: 'pdf', extensions: ['pdf'], mimeType: 'application/pdf' },
  { kind: 'zip', extensions: ['zip'], mimeType: 'application/zip' },
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number]['kind'];

/** The attachment kind a file name's extension denotes, or undefined when the kind is not allowed. */
export function attachmentKindOf(fileName: string): AttachmentKind | undefined {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  if (extension === fileName.toLowerCase()) return undefined;
  return ATTACHMENT_KINDS.find((entry) => (entry.extensions as readonly string[]).includes(extension))?.kind;
}
