import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_MAX_BYTES,
  REMARKS_MAX_CHARS,
  attachmentKindOf,
  ceCatalogueSchema,
  ceTypeByCode,
  ceTypeSchema,
  ceTypes,
} from '../../../src-shared/domain/index.ts';
import type { CeType } from '../../../src-shared/domain/index.ts';

const typeOf = (code: string): CeType => ceTypeByCode(code)!;

describe('CE type catalogue', () => {
  it("holds Henan's 13 types plus 公需科目, in the platform's order", () => {
    expect(ceTypes.map((type) => [type.code, type.name])).toEqual([
      ['base_training', '基地培训班'],
      ['training', '培训、研修、进修'],
      ['degree_education', '学历、学位教育'],
      ['conference', '学术会议'],
      ['project', '课题、项目'],
      ['publication', '著作、论文'],
      ['patent', '专利'],
      ['award', '科技、社科奖'],
      ['qualification_exam', '资格考试'],
      ['research_report', '调研报告'],
      ['assistance', '援藏援疆援外、支教支农支医扶贫、挂职'],
      ['grassroots_service', '服务基层'],
      ['industry_training', '行业主管部门专业科目培训'],
      ['public_course', '公需科目'],
    ]);
  });

  it('makes 公需科目 public, 基地培训班 depend on 公需班 and every other type professional', () => {
    expect(typeOf('public_course').category).toBe('public');
    expect(typeOf('base_training').category).toEqual({
      field: 'publicClass',
      whenTrue: 'public',
      whenFalse: 'professional',
    });
    const others = ceTypes.filter((type) => !['public_course', 'base_training'].includes(type.code));
    expect(others).toHaveLength(12);
    for (const type of others) expect(type.category).toBe('professional');
  });

  it('keeps the rule kinds and parameters of domain.md', () => {
    expect(Object.fromEntries(ceTypes.map((type) => [type.code, type.rule.kind]))).toEqual({
      base_training: 'declared',
      training: 'training',
      degree_education: 'perItem',
      conference: 'conference',
      project: 'project',
      publication: 'publication',
      patent: 'patent',
      award: 'award',
      qualification_exam: 'perItem',
      research_report: 'fixed',
      assistance: 'fixed',
      grassroots_service: 'fixed',
      industry_training: 'declared',
      public_course: 'declared',
    });
    expect(typeOf('project').rule).toEqual({
      kind: 'project',
      table: {
        national: { main: [64, 56, 48, 40, 32], sub: [48, 40, 32] },
        provincial: { main: [56, 48, 40], sub: [40, 32, 24] },
      },
    });
    expect(typeOf('publication').rule).toEqual({
      kind: 'publication',
      bookHoursPer10kWords: 5,
      bookCap: 72,
      paper: { national: 24, provincial: 18, city: 12 },
      paperMaxRank: 3,
    });
    expect(typeOf('training').rule).toEqual({
      kind: 'training',
      fullDay: 8,
      halfDay: 4,
      organizerHoursField: 'organizerHours',
    });
  });

  it('offers the fields of a type with Chinese labels', () => {
    expect(
      typeOf('project').fields.map((field) => [field.key, field.label, field.kind, field.required]),
    ).toEqual([
      ['title', '课题名称', 'text', true],
      ['projectNo', '课题编号', 'text', false],
      ['level', '课题级别', 'select', true],
      ['part', '课题类别', 'select', true],
      ['rank', '排名', 'number', true],
      ['startYear', '立项年度', 'number', true],
      ['endYear', '结题年度', 'number', true],
    ]);
    expect(typeOf('base_training').fields.find((field) => field.key === 'publicClass')).toEqual({
      key: 'publicClass',
      label: '公需班',
      kind: 'boolean',
      required: false,
    });
  });

  it('leaves the common fields out of the per-type fields', () => {
    for (const type of ceTypes) {
      const keys = type.fields.map((field) => field.key);
      for (const common of ['year', 'hours', 'remarks', 'attachment']) expect(keys).not.toContain(common);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('is valid, self-consistent data that survives JSON', () => {
    const served = JSON.parse(JSON.stringify(ceTypes)) as unknown;
    expect(ceCatalogueSchema.parse(served)).toEqual(ceTypes);
  });

  it('rejects a served catalogue that does not hang together', () => {
    const project = typeOf('project');
    const noOptions = {
      ...project,
      fields: project.fields.map((field) => (field.key === 'level' ? { ...field, options: [] } : field)),
    };
    expect(ceTypeSchema.safeParse(noOptions).error?.issues.map((issue) => issue.message)).toEqual([
      'project.level 缺少选项',
    ]);
    const publicCourse = typeOf('public_course');
    const danglingRule = { ...publicCourse, rule: { kind: 'declared', field: 'missing' } };
    expect(ceTypeSchema.safeParse(danglingRule).error?.issues.map((issue) => issue.message)).toEqual([
      'public_course 的学时规则引用的字段无效',
    ]);
    const badCategory = {
      ...publicCourse,
      category: { field: 'courseName', whenTrue: 'public', whenFalse: 'public' },
    };
    expect(ceTypeSchema.safeParse(badCategory).error?.issues.map((issue) => issue.message)).toEqual([
      'public_course 的类别字段无效',
    ]);
    const training = typeOf('training');
    const trainingRule = { kind: 'training', fullDay: 8, halfDay: 4, organizerHoursField: 'title' };
    expect(
      ceTypeSchema.safeParse({ ...training, rule: trainingRule }).error?.issues.map((i) => i.message),
    ).toEqual(['training 的学时规则引用的字段无效']);
    const badOrder = {
      ...training,
      fields: training.fields.map((field) =>
        field.key === 'endDate' ? { ...field, notBefore: 'title' } : field,
      ),
    };
    expect(ceTypeSchema.safeParse(badOrder).error?.issues.map((issue) => issue.message)).toEqual([
      'training.endDate 的比较字段无效',
    ]);
    expect(ceTypeSchema.safeParse({ ...publicCourse, rule: { kind: 'fixed', hours: -1 } }).success).toBe(
      false,
    );
    expect(ceCatalogueSchema.safeParse([publicCourse, publicCourse]).error?.issues[0]?.message).toBe(
      '类型代码重复',
    );
  });

  it('finds types by code, in a served catalogue too', () => {
    expect(ceTypeByCode('patent')?.name).toBe('专利');
    expect(ceTypeByCode('unknown')).toBeUndefined();
    expect(ceTypeByCode('patent', [typeOf('public_course')])).toBeUndefined();
  });
});

describe('common declaration limits', () => {
  it('allows 1000 characters of remarks and one attachment of up to 10 MB', () => {
    expect(REMARKS_MAX_CHARS).toBe(1000);
    expect(ATTACHMENT_MAX_BYTES).toBe(10_485_760);
    expect(ATTACHMENT_KINDS.map((entry) => entry.kind)).toEqual(['jpg', 'png', 'pdf', 'zip']);
  });

  it('tells the attachment kind from the file name', () => {
    expect(attachmentKindOf('结业证书.JPG')).toBe('jpg');
    expect(attachmentKindOf('scan.jpeg')).toBe('jpg');
    expect(attachmentKindOf('通知.png')).toBe('png');
    expect(attachmentKindOf('proof.v2.PDF')).toBe('pdf');
    expect(attachmentKindOf('材料.zip')).toBe('zip');
    expect(attachmentKindOf('证明.docx')).toBeUndefined();
    expect(attachmentKindOf('archive.zip.exe')).toBeUndefined();
    expect(attachmentKindOf('pdf')).toBeUndefined();
  });
});
