import { describe, expect, it } from 'vitest';
import {
  categoryOf,
  ceTypeByCode,
  ceTypes,
  checkDeclaration,
  countCharacters,
  ruleHours,
} from '../../../src-shared/domain/index.ts';
import type { CeType, CheckOptions, DeclarationInput } from '../../../src-shared/domain/index.ts';

const typeOf = (code: string): CeType => ceTypeByCode(code)!;
const hoursFor = (code: string, fields: Record<string, unknown>) => ruleHours(typeOf(code), fields);
const OPTS = { currentYear: 2026 };

describe('ruleHours', () => {
  it('declared: the stated hours', () => {
    expect(hoursFor('base_training', { approvedHours: 24 })).toBe(24);
    expect(hoursFor('industry_training', { courseHours: 16 })).toBe(16);
    expect(hoursFor('public_course', { completedHours: 6.5 })).toBe(6.5);
    expect(hoursFor('public_course', {})).toBe(0);
  });

  it('training: the organiser’s hours, else 8 a day or 4 a half day', () => {
    const days = { startDate: '2024-05-06', endDate: '2024-05-08' };
    expect(hoursFor('training', { ...days, mode: 'part_time' })).toBe(12);
    expect(hoursFor('training', { ...days, mode: 'full_time' })).toBe(24);
    expect(hoursFor('training', { ...days, mode: 'full_time', organizerHours: 20 })).toBe(20);
    expect(hoursFor('training', { startDate: '2024-02-28', endDate: '2024-03-01', mode: 'full_time' })).toBe(
      24,
    );
    expect(hoursFor('training', { startDate: '2024-05-06', endDate: '2024-05-06', mode: 'part_time' })).toBe(
      4,
    );
    expect(hoursFor('training', { startDate: '2024-05-08', endDate: '2024-05-06', mode: 'full_time' })).toBe(
      0,
    );
    expect(hoursFor('training', { ...days })).toBe(0);
  });

  it('perItem: 15 per course passed, 40 per qualification', () => {
    expect(hoursFor('degree_education', { coursesPassed: 3 })).toBe(45);
    expect(hoursFor('qualification_exam', { itemsPassed: 1 })).toBe(40);
    expect(hoursFor('qualification_exam', { itemsPassed: 2 })).toBe(80);
  });

  it('conference: base hours plus a bonus for a paper read', () => {
    expect(hoursFor('conference', { level: 'national', paperPresented: true, paperWords: 3000 })).toBe(20);
    expect(hoursFor('conference', { level: 'national', paperPresented: true, paperWords: 2000 })).toBe(18);
    expect(hoursFor('conference', { level: 'national', paperPresented: false, paperWords: 3000 })).toBe(12);
    expect(hoursFor('conference', { level: 'national' })).toBe(12);
    expect(hoursFor('conference', { level: 'provincial' })).toBe(8);
    expect(hoursFor('conference', { level: 'provincial', paperPresented: true, paperWords: 1500 })).toBe(12);
    expect(hoursFor('conference', { level: 'provincial', paperPresented: true, paperWords: 2001 })).toBe(14);
    // Without a word count only the smaller bonus is certain.
    expect(hoursFor('conference', { level: 'national', paperPresented: true })).toBe(18);
    expect(hoursFor('conference', { level: 'city' })).toBe(0);
  });

  it('project: per year by level, main or sub project and rank', () => {
    expect(hoursFor('project', { level: 'provincial', part: 'main', rank: 2 })).toBe(48);
    expect(hoursFor('project', { level: 'national', part: 'main', rank: 1 })).toBe(64);
    expect(hoursFor('project', { level: 'national', part: 'main', rank: 5 })).toBe(32);
    expect(hoursFor('project', { level: 'national', part: 'sub', rank: 3 })).toBe(32);
    expect(hoursFor('project', { level: 'provincial', part: 'sub', rank: 1 })).toBe(40);
    expect(hoursFor('project', { level: 'provincial', part: 'main', rank: 4 })).toBe(0);
    expect(hoursFor('project', { level: 'national', part: 'sub', rank: 4 })).toBe(0);
    expect(hoursFor('project', { level: 'national', part: 'main', rank: 0 })).toBe(0);
    expect(hoursFor('project', { level: 'national', part: 'toString', rank: 1 })).toBe(0);
  });

  it('publication: books pro rata up to the cap, papers by journal level for the first three authors', () => {
    expect(hoursFor('publication', { form: 'book', ownWords: 150_000 })).toBe(72);
    expect(hoursFor('publication', { form: 'book', ownWords: 100_000 })).toBe(50);
    expect(hoursFor('publication', { form: 'book', ownWords: 23_000 })).toBe(11.5);
    expect(hoursFor('publication', { form: 'book', ownWords: 20_500 })).toBe(10);
    expect(hoursFor('publication', { form: 'book' })).toBe(0);
    expect(hoursFor('publication', { form: 'paper', journalLevel: 'national', rank: 1 })).toBe(24);
    expect(hoursFor('publication', { form: 'paper', journalLevel: 'provincial', rank: 3 })).toBe(18);
    expect(hoursFor('publication', { form: 'paper', journalLevel: 'city', rank: 2 })).toBe(12);
    expect(hoursFor('publication', { form: 'paper', journalLevel: 'city', rank: 4 })).toBe(0);
    expect(hoursFor('publication', { form: 'paper', rank: 1 })).toBe(0);
  });

  it('patent: 48 for an invention, 36 otherwise, minus 6 per rank', () => {
    expect(hoursFor('patent', { patentType: 'invention', rank: 1 })).toBe(48);
    expect(hoursFor('patent', { patentType: 'invention', rank: 3 })).toBe(36);
    expect(hoursFor('patent', { patentType: 'utility', rank: 1 })).toBe(36);
    expect(hoursFor('patent', { patentType: 'utility', rank: 2 })).toBe(30);
    expect(hoursFor('patent', { patentType: 'design', rank: 1 })).toBe(36);
    expect(hoursFor('patent', { patentType: 'invention', rank: 9 })).toBe(0);
    expect(hoursFor('patent', { patentType: 'design', rank: 12 })).toBe(0);
  });

  it('award: tiered by level, grade and rank', () => {
    expect(hoursFor('award', { level: 'national', grade: 'first', rank: 1 })).toBe(72);
    expect(hoursFor('award', { level: 'national', grade: 'third', rank: 5 })).toBe(24);
    expect(hoursFor('award', { level: 'provincial', grade: 'second', rank: 2 })).toBe(40);
    expect(hoursFor('award', { level: 'city', grade: 'third', rank: 3 })).toBe(4);
    expect(hoursFor('award', { level: 'provincial', grade: 'first', rank: 4 })).toBe(0);
    expect(hoursFor('award', { level: 'national', rank: 1 })).toBe(0);
  });

  it('fixed: the amount the administrator set', () => {
    expect(hoursFor('research_report', {})).toBe(24);
    expect(hoursFor('assistance', {})).toBe(60);
    expect(hoursFor('grassroots_service', {})).toBe(30);
  });

  it('reads the parameters from the catalogue it is given', () => {
    const project = typeOf('project');
    const changed: CeType = {
      ...project,
      rule: {
        kind: 'project',
        table: { national: { main: [80], sub: [] }, provincial: { main: [50], sub: [] } },
      },
    };
    expect(ruleHours(changed, { level: 'national', part: 'main', rank: 1 })).toBe(80);
    expect(ruleHours(changed, { level: 'national', part: 'main', rank: 2 })).toBe(0);
  });
});

describe('categoryOf', () => {
  it('makes a 公需班 public and any other base class professional', () => {
    expect(categoryOf(typeOf('base_training'), { publicClass: true })).toBe('public');
    expect(categoryOf(typeOf('base_training'), { publicClass: false })).toBe('professional');
    expect(categoryOf(typeOf('base_training'), {})).toBe('professional');
    expect(categoryOf(typeOf('public_course'), {})).toBe('public');
    expect(categoryOf(typeOf('training'), { publicClass: true })).toBe('professional');
  });
});

describe('countCharacters', () => {
  it('counts code points, not UTF-16 units or bytes', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('继续教育')).toBe(4);
    expect('𠮷'.length).toBe(2);
    expect(countCharacters('𠮷')).toBe(1);
    expect(countCharacters('吉𠮷䶮㛃')).toBe(4);
  });
});

const projectInput = (overrides: Partial<DeclarationInput> = {}, fields: Record<string, unknown> = {}) => ({
  typeCode: 'project',
  year: 2025,
  hours: 48,
  fields: {
    title: '  中原农业节水技术研究  ',
    level: 'provincial',
    part: 'main',
    rank: '2',
    startYear: 2024,
    endYear: 2026,
    ...fields,
  },
  ...overrides,
});

const errorsOf = (input: DeclarationInput, opts: CheckOptions = OPTS) => {
  const result = checkDeclaration(input, opts);
  return result.ok ? [] : result.errors;
};

describe('checkDeclaration', () => {
  it('normalises a valid declaration: only known keys, trimmed text, numbers and dates', () => {
    expect(checkDeclaration(projectInput({ remarks: '  第二年度  ' }, { extra: 'dropped' }), OPTS)).toEqual({
      ok: true,
      value: {
        typeCode: 'project',
        category: 'professional',
        year: 2025,
        hours: 48,
        fields: {
          title: '中原农业节水技术研究',
          level: 'provincial',
          part: 'main',
          rank: 2,
          startYear: 2024,
          endYear: 2026,
        },
        remarks: '第二年度',
      },
    });
  });

  it('normalises dates to YYYY-MM-DD and keeps flags', () => {
    const result = checkDeclaration(
      {
        typeCode: 'base_training',
        year: 2026,
        hours: 12.5,
        fields: {
          baseName: '河南省专业技术人员继续教育基地',
          classNo: 'GX-2026-01',
          startDate: '2026/3/5',
          endDate: ' 2026.03.06 ',
          approvedHours: 12.5,
          publicClass: true,
        },
      },
      OPTS,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        typeCode: 'base_training',
        category: 'public',
        year: 2026,
        hours: 12.5,
        fields: {
          baseName: '河南省专业技术人员继续教育基地',
          classNo: 'GX-2026-01',
          startDate: '2026-03-05',
          endDate: '2026-03-06',
          approvedHours: 12.5,
          publicClass: true,
        },
        remarks: '',
      },
    });
  });

  it('rejects an unknown type and nothing else', () => {
    expect(errorsOf({ ...projectInput(), typeCode: 'holiday' })).toEqual([
      { field: 'typeCode', message: '请选择有效的继续教育类型' },
    ]);
  });

  it('checks against the catalogue it is given', () => {
    expect(errorsOf(projectInput(), { currentYear: 2026, catalogue: [typeOf('public_course')] })).toEqual([
      { field: 'typeCode', message: '请选择有效的继续教育类型' },
    ]);
    const generous = ceTypes.map((type) =>
      type.code === 'project' ? { ...type, rule: { kind: 'fixed' as const, hours: 100 } } : type,
    );
    expect(
      checkDeclaration(projectInput({ hours: 100 }), { currentYear: 2026, catalogue: generous }).ok,
    ).toBe(true);
  });

  it('names missing required fields', () => {
    expect(errorsOf(projectInput({}, { title: '   ', level: undefined, rank: null }))).toEqual([
      { field: 'fields.title', message: '请填写课题名称' },
      { field: 'fields.level', message: '请选择课题级别' },
      { field: 'fields.rank', message: '请填写排名' },
    ]);
  });

  it('reads a missing fields object as all fields blank', () => {
    const input = {
      typeCode: 'research_report',
      year: 2025,
      hours: 24,
      fields: null as unknown as Record<string, unknown>,
    };
    expect(errorsOf(input)).toEqual([
      { field: 'fields.title', message: '请填写报告名称' },
      { field: 'fields.instructedBy', message: '请填写批示领导及职务' },
      { field: 'fields.instructionDate', message: '请填写批示日期' },
    ]);
  });

  it('leaves blank optional fields out', () => {
    const result = checkDeclaration(projectInput({}, { projectNo: '  ' }), OPTS);
    expect(result.ok && 'projectNo' in result.value.fields).toBe(false);
  });

  it('rejects values of the wrong kind', () => {
    expect(errorsOf(projectInput({}, { title: 42, rank: '二' }))).toEqual([
      { field: 'fields.title', message: '课题名称须为文本' },
      { field: 'fields.rank', message: '排名须为数字' },
    ]);
    const conference = {
      typeCode: 'conference',
      year: 2025,
      hours: 12,
      fields: { title: '学术年会', organizer: '河南省科协', level: 'national', meetingDate: '2025-02-30' },
    };
    expect(errorsOf({ ...conference, fields: { ...conference.fields, paperPresented: 'yes' } })).toEqual([
      { field: 'fields.meetingDate', message: '会议日期须为有效日期（YYYY-MM-DD）' },
      { field: 'fields.paperPresented', message: '宣读论文须为“是”或“否”' },
    ]);
    expect(
      errorsOf({ ...conference, fields: { ...conference.fields, meetingDate: '2025-02-28T00:00:00Z' } }),
    ).toEqual([{ field: 'fields.meetingDate', message: '会议日期须为有效日期（YYYY-MM-DD）' }]);
  });

  it('rejects a select value that is not an option', () => {
    expect(errorsOf(projectInput({}, { level: 'city' }))).toEqual([
      { field: 'fields.level', message: '课题级别须为以下之一：国家级、省级' },
    ]);
    expect(errorsOf(projectInput({}, { part: 'toString' }))).toEqual([
      { field: 'fields.part', message: '课题类别须为以下之一：主课题、子课题' },
    ]);
  });

  it('rejects numbers out of range or not whole', () => {
    const rankError = [{ field: 'fields.rank', message: '排名须为 1 到 5 之间的整数' }];
    expect(errorsOf(projectInput({}, { rank: 6 }))).toEqual(rankError);
    expect(errorsOf(projectInput({}, { rank: 0 }))).toEqual(rankError);
    expect(errorsOf(projectInput({}, { rank: 1.5 }))).toEqual(rankError);
    expect(
      errorsOf({
        typeCode: 'public_course',
        year: 2025,
        hours: 1,
        fields: {
          courseName: '法治教育',
          platform: '河南专技在线',
          mode: 'online',
          completionDate: '2025-06-01',
          completedHours: 0.2,
        },
      }),
    ).toEqual([{ field: 'fields.completedHours', message: '完成学时须为 0.5 到 200 之间的数值' }]);
  });

  it('counts text length in characters', () => {
    expect(errorsOf(projectInput({}, { title: '课'.repeat(201) }))).toEqual([
      { field: 'fields.title', message: '课题名称不能超过 200 个字' },
    ]);
    expect(errorsOf(projectInput({}, { title: '𠮷'.repeat(200) }))).toEqual([]);
  });

  it('rejects an end before its start', () => {
    const training = {
      typeCode: 'training',
      year: 2025,
      hours: 8,
      fields: {
        title: '数字化转型研修班',
        organizer: '郑州大学',
        mode: 'full_time',
        startDate: '2025-04-02',
        endDate: '2025-04-01',
      },
    };
    expect(errorsOf(training)).toEqual([{ field: 'fields.endDate', message: '结束日期不能早于开始日期' }]);
    expect(errorsOf({ ...training, fields: { ...training.fields, endDate: '2025-04-02' } })).toEqual([]);
    expect(errorsOf(projectInput({}, { startYear: 2025, endYear: 2024 }))).toEqual([
      { field: 'fields.endYear', message: '结题年度不能早于立项年度' },
    ]);
  });

  it('accepts years from 2000 to next year', () => {
    const message = '计入年度须为 2000 到 2027 之间的年份';
    for (const year of [1999, 2028, 2025.5, Number.NaN]) {
      expect(errorsOf(projectInput({ year }))).toEqual([{ field: 'year', message }]);
    }
    for (const year of [2000, 2026, 2027]) expect(errorsOf(projectInput({ year }))).toEqual([]);
  });

  it('requires hours in positive half-hour steps', () => {
    for (const hours of [0, -8, 1.3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorsOf(projectInput({ hours }))).toEqual([
        { field: 'hours', message: '学时须为 0.5 的正整数倍' },
      ]);
    }
    expect(errorsOf(projectInput({ hours: 47.5 }))).toEqual([]);
  });

  it('caps the hours at what the rule allows', () => {
    expect(errorsOf(projectInput({ hours: 48.5 }))).toEqual([
      { field: 'hours', message: '学时不能超过按规则计算的 48 学时' },
    ]);
    expect(errorsOf(projectInput({ hours: 8 }, { rank: 4 }))).toEqual([
      { field: 'hours', message: '按学时规则此项不计学时，请核对填写的内容' },
    ]);
  });

  it('checks the hours against the rule only once the fields are valid', () => {
    expect(errorsOf(projectInput({ hours: 500 }, { level: 'city' }))).toEqual([
      { field: 'fields.level', message: '课题级别须为以下之一：国家级、省级' },
    ]);
  });

  it('allows 1000 characters of remarks, however rare', () => {
    expect(errorsOf(projectInput({ remarks: '𠮷'.repeat(1000) }))).toEqual([]);
    expect(errorsOf(projectInput({ remarks: `  ${'䶮'.repeat(1000)}\n` }))).toEqual([]);
    expect(errorsOf(projectInput({ remarks: '𠮷'.repeat(999) + '㛃' }))).toEqual([]);
    expect(errorsOf(projectInput({ remarks: '𠮷'.repeat(1001) }))).toEqual([
      { field: 'remarks', message: '备注不能超过 1000 个字（现有 1001 个字）' },
    ]);
    expect(errorsOf(projectInput({ remarks: 7 as unknown as string }))).toEqual([
      { field: 'remarks', message: '备注须为文本' },
    ]);
  });

  it('reports every problem at once, in form order', () => {
    expect(errorsOf(projectInput({ year: 1990, hours: 0, remarks: 'x'.repeat(1001) }, { rank: 9 }))).toEqual([
      { field: 'year', message: '计入年度须为 2000 到 2027 之间的年份' },
      { field: 'hours', message: '学时须为 0.5 的正整数倍' },
      { field: 'fields.rank', message: '排名须为 1 到 5 之间的整数' },
      { field: 'remarks', message: '备注不能超过 1000 个字（现有 1001 个字）' },
    ]);
  });
});
