import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Cache } from '../../../../src-main/core/cache/open-cache.ts';
import {
  declarationDetail,
  departmentCompletion,
  departmentTree,
  listDeclarations,
  listStaff,
  listStaffHours,
  staffDetail,
  summarizeStaffHours,
} from '../../../../src-main/core/queries/index.ts';
import {
  declarationListInputSchema,
  staffHoursInputSchema,
  staffListInputSchema,
} from '../../../../src-shared/contract/queries.ts';
import type { DepartmentNode } from '../../../../src-shared/contract/index.ts';
import { tempCache } from '../cache/support/temp-cache.ts';
import { loadSmallUnit } from './support/small-unit.ts';

let cache: Cache & { dispose(): Promise<void> };
beforeAll(async () => {
  cache = await tempCache('queries-small');
  loadSmallUnit(cache);
});
afterAll(() => cache.dispose());

const found = async (search: string) =>
  (await listStaff(cache.db, staffListInputSchema.parse({ search }))).rows.map((row) => row.id).sort();

describe('search on name and ID number', () => {
  it('finds one- and two-character fragments, counting 𠮷 as one character', async () => {
    expect(await found('𠮷')).toEqual(['s1', 's2']);
    expect(await found('𠮷祥')).toEqual(['s2']);
    expect(await found('王𠮷')).toEqual(['s1']);
    expect(await found('李')).toEqual(['s3']);
    expect(await found('x')).toEqual(['s2']);
  });

  it('finds longer fragments through the trigram index, ignoring case', async () => {
    expect(await found('𠮷祥明')).toEqual(['s2']);
    expect(await found('欧阳小')).toEqual(['s4']);
    expect(await found('123x')).toEqual(['s2']);
    expect(await found('1990')).toEqual(['s1']);
    expect(await found('4101')).toEqual(['s1', 's2', 's3', 's4', 's6']);
  });

  it('takes quotes and wildcards literally', async () => {
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
    expect(await found('"王')).toEqual([]);
    expect(await found('"王𠮷"')).toEqual([]);
  });
});

describe('waiting flags', () => {
  afterEach(async () => {
    await cache.db.deleteFrom('outbox_targets').execute();
    await cache.db.deleteFrom('outbox').execute();
  });

  it('flags the rows that a decision not yet answered by the server touches', async () => {
    const queue = async (
      status: 'queued' | 'sent' | 'applied' | 'conflict' | 'rejected',
      targets: [string, string][],
    ) => {
      const { mutation_id } = await cache.db
        .insertInto('outbox')
        .values({
          name: 'declarations.approve',
          args: '{}',
          base_version: 1,
          created_at: '2026-01-01T00:00:00.000Z',
          status,
          result: null,
        })
        .returning('mutation_id')
        .executeTakeFirstOrThrow();
      for (const [table, rowId] of targets) {
        await cache.db
          .insertInto('outbox_targets')
          .values({ mutation_id, table_name: table, row_id: rowId })
          .execute();
      }
    };
    await queue('queued', [
      ['declarations', 'x1'],
      ['staff', 's1'],
    ]);
    await queue('sent', [['declarations', 'x2']]);
    await queue('applied', [
      ['declarations', 'x3'],
      ['staff', 's2'],
    ]);
    await queue('conflict', [['declarations', 'x4']]);
    await queue('rejected', [
      ['declarations', 'x5'],
      ['staff', 'x1'],
    ]);
    const { rows } = await listDeclarations(
      cache.db,
      declarationListInputSchema.parse({ search: '王𠮷', year: 2025 }),
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.waiting]))).toEqual({
      x1: true,
      x2: true,
      x3: false,
      x4: false,
      x5: false,
    });
    const staff = await listStaff(cache.db, staffListInputSchema.parse({}));
    expect(staff.rows.filter((row) => row.waiting).map((row) => row.id)).toEqual(['s1']);
    const hours = await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2025 }));
    expect(hours.rows.filter((row) => row.waiting).map((row) => row.staffId)).toEqual(['s1']);
    expect((await declarationDetail(cache.db, { id: 'x1' })).waiting).toBe(true);
  });
});

describe('details', () => {
  it('shows a declaration with its author, department, parsed fields and attachment', async () => {
    expect(await declarationDetail(cache.db, { id: 'x1' })).toEqual({
      id: 'x1',
      staffId: 's1',
      staffName: '王𠮷',
      staffIdNumber: '410101199001011234',
      departmentId: 'A1',
      departmentName: '人事科',
      typeCode: 'public_course',
      typeName: '公需科目',
      category: 'public',
      year: 2025,
      title: '继续教育培训',
      hours: 30,
      status: 'approved',
      source: 'staff',
      submittedAt: '2025-03-01T00:00:00.000Z',
      waiting: false,
      fields: { courseName: '法治教育', completedHours: 30 },
      remarks: '线上学习𠮷',
      attachment: { id: 'att-1', mediaType: 'application/pdf', size: 123_456 },
      rejectReason: null,
      activityId: null,
      decidedAt: null,
      decidedBy: null,
      version: 1,
    });
    await expect(declarationDetail(cache.db, { id: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '申报记录不存在',
    });
  });

  it('shows a person with every declaration, newest first, and the hours of each year', async () => {
    const detail = await staffDetail(cache.db, { id: 's1' });
    expect(detail.staff).toMatchObject({
      id: 's1',
      name: '王𠮷',
      departmentName: '人事科',
      birthDate: '1990-01-01',
      version: 1,
    });
    expect(detail.declarations.map((row) => row.id)).toEqual([
      'x5',
      'x4',
      'x3',
      'x2',
      'x1',
      'x16',
      'x15',
      'x14',
    ]);
    expect(detail.hours).toEqual([
      {
        year: 2022,
        publicHours: 0,
        professionalHours: 100,
        totalHours: 100,
        requirement: null,
        publicMet: false,
        professionalMet: false,
        totalMet: false,
        met: false,
      },
      {
        year: 2024,
        publicHours: 24,
        professionalHours: 66,
        totalHours: 90,
        requirement: { totalHours: 90, publicMinHours: 24, professionalMinHours: 60 },
        publicMet: true,
        professionalMet: true,
        totalMet: true,
        met: true,
      },
      {
        year: 2025,
        publicHours: 30,
        professionalHours: 70,
        totalHours: 100,
        requirement: { totalHours: 100, publicMinHours: 30, professionalMinHours: 60 },
        publicMet: true,
        professionalMet: true,
        totalMet: true,
        met: true,
      },
    ]);
    await expect(staffDetail(cache.db, { id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('departments', () => {
  it('counts approved staff per department and per subtree, in sort order', async () => {
    const node = (
      id: string,
      name: string,
      sortOrder: number,
      directStaff: number,
      subtreeStaff: number,
      children: unknown[] = [],
    ) => ({
      id,
      name,
      sortOrder,
      directStaff,
      subtreeStaff,
      waiting: false,
      children,
    });
    expect(await departmentTree(cache.db)).toEqual({
      roots: [
        node('B', '医务部', 0, 1, 2, [node('B1', '内科', 0, 0, 1, [node('B1a', '心内组', 0, 1, 1)])]),
        node('A', '行政部', 1, 1, 2, [node('A2', '财务科', 1, 0, 0), node('A1', '人事科', 2, 1, 1)]),
      ],
      unassignedStaff: 1,
    });
  });

  it('marks the departments a decision the server has not answered yet touches (待同步)', async () => {
    const decision = async (status: 'queued' | 'sent' | 'applied', rowId: string) => {
      const { mutation_id } = await cache.db
        .insertInto('outbox')
        .values({
          name: 'departments.rename',
          args: '{}',
          base_version: 1,
          created_at: '',
          status,
          result: null,
        })
        .returning('mutation_id')
        .executeTakeFirstOrThrow();
      await cache.db
        .insertInto('outbox_targets')
        .values({ mutation_id, table_name: 'departments', row_id: rowId, before: null })
        .execute();
      return mutation_id;
    };
    const ids = [
      await decision('queued', 'A2'),
      await decision('sent', 'B1a'),
      await decision('applied', 'A1'),
    ];
    try {
      const waiting: string[] = [];
      const visit = (nodes: DepartmentNode[]) =>
        nodes.forEach((node) => {
          if (node.waiting) waiting.push(node.id);
          visit(node.children);
        });
      visit((await departmentTree(cache.db)).roots);
      expect(waiting.sort()).toEqual(['A2', 'B1a']);
    } finally {
      await cache.db.deleteFrom('outbox_targets').where('mutation_id', 'in', ids).execute();
      await cache.db.deleteFrom('outbox').where('mutation_id', 'in', ids).execute();
    }
  });
});

describe('hours', () => {
  const hours = (
    publicHours: number,
    professionalHours: number,
    publicMet: boolean,
    professionalMet: boolean,
    totalMet: boolean,
  ) => ({
    publicHours,
    professionalHours,
    totalHours: publicHours + professionalHours,
    publicMet,
    professionalMet,
    totalMet,
    met: publicMet && professionalMet && totalMet,
  });

  it("lists each approved person's approved hours of a year against its requirement, by name", async () => {
    const list = await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2025, withTotal: true }));
    expect(list.requirement).toEqual({ totalHours: 100, publicMinHours: 30, professionalMinHours: 60 });
    expect(list.total).toBe(5);
    expect(
      list.rows.map(({ staffId, name, departmentName, waiting: _waiting, idNumber: _idNumber, ...rest }) => ({
        staffId,
        name,
        departmentName,
        ...rest,
      })),
    ).toEqual([
      { staffId: 's3', name: '李', departmentName: '医务部', ...hours(10, 95, false, true, true) },
      { staffId: 's4', name: '欧阳小红', departmentName: '行政部', ...hours(0, 0, false, false, false) },
      { staffId: 's1', name: '王𠮷', departmentName: '人事科', ...hours(30, 70, true, true, true) },
      { staffId: 's6', name: '赵四', departmentName: null, ...hours(30, 60, true, true, false) },
      { staffId: 's2', name: '𠮷祥明', departmentName: '心内组', ...hours(40, 50, true, false, false) },
    ]);
  });

  it('filters by met, department subtree and search, and pages', async () => {
    const ids = async (input: object) =>
      (await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2025, ...input }))).rows.map(
        (row) => row.staffId,
      );
    expect(await ids({ met: true })).toEqual(['s1']);
    expect(await ids({ met: false })).toEqual(['s3', 's4', 's6', 's2']);
    expect(await ids({ departmentId: 'B' })).toEqual(['s3', 's2']);
    expect(await ids({ search: '𠮷' })).toEqual(['s1', 's2']);
    const first = await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2025, limit: 2 }));
    const second = await listStaffHours(
      cache.db,
      staffHoursInputSchema.parse({ year: 2025, limit: 2, after: first.nextCursor }),
    );
    const third = await listStaffHours(
      cache.db,
      staffHoursInputSchema.parse({ year: 2025, limit: 2, after: second.nextCursor }),
    );
    expect([...first.rows, ...second.rows, ...third.rows].map((row) => row.staffId)).toEqual([
      's3',
      's4',
      's1',
      's6',
      's2',
    ]);
    expect(third.nextCursor).toBeNull();
  });

  it("uses the rule in force: an earlier year's for a year without its own, none before the first", async () => {
    const of2024 = await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2024 }));
    expect(of2024.requirement).toEqual({ totalHours: 90, publicMinHours: 24, professionalMinHours: 60 });
    expect(of2024.rows.find((row) => row.staffId === 's1')).toMatchObject(hours(24, 66, true, true, true));
    expect(of2024.rows.find((row) => row.staffId === 's6')).toMatchObject(hours(0, 100, false, true, true));
    const of2022 = await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2022 }));
    expect(of2022.requirement).toBeNull();
    expect(of2022.rows.find((row) => row.staffId === 's1')).toMatchObject(hours(0, 100, false, false, false));
    expect(
      (await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2022, met: true }))).rows,
    ).toEqual([]);
    expect(
      (await listStaffHours(cache.db, staffHoursInputSchema.parse({ year: 2022, met: false }))).rows,
    ).toHaveLength(5);
  });

  it('summarizes every approved person of a year, with or without hours', async () => {
    const summary = await summarizeStaffHours(cache.db, 2025);
    expect(summary.map((row) => row.staffId).sort()).toEqual(['s1', 's2', 's3', 's4', 's6']);
    expect(summary.find((row) => row.staffId === 's4')).toMatchObject({
      departmentId: 'A',
      hours: { totalHours: 0, met: false },
    });
  });

  it('counts who met the requirement per department, per subtree and for the unit', async () => {
    const completion = (
      staff: number,
      met: number,
      publicMet: number,
      professionalMet: number,
      totalMet: number,
    ) => ({
      staff,
      met,
      notMet: staff - met,
      publicMet,
      professionalMet,
      totalMet,
    });
    const zero = completion(0, 0, 0, 0, 0);
    expect(await departmentCompletion(cache.db, { year: 2025 })).toEqual({
      year: 2025,
      requirement: { totalHours: 100, publicMinHours: 30, professionalMinHours: 60 },
      unit: completion(5, 1, 3, 3, 2),
      departments: [
        {
          departmentId: 'B',
          parentId: null,
          name: '医务部',
          direct: completion(1, 0, 0, 1, 1),
          subtree: completion(2, 0, 1, 1, 1),
        },
        { departmentId: 'B1', parentId: 'B', name: '内科', direct: zero, subtree: completion(1, 0, 1, 0, 0) },
        {
          departmentId: 'B1a',
          parentId: 'B1',
          name: '心内组',
          direct: completion(1, 0, 1, 0, 0),
          subtree: completion(1, 0, 1, 0, 0),
        },
        {
          departmentId: 'A',
          parentId: null,
          name: '行政部',
          direct: completion(1, 0, 0, 0, 0),
          subtree: completion(2, 1, 1, 1, 1),
        },
        { departmentId: 'A2', parentId: 'A', name: '财务科', direct: zero, subtree: zero },
        {
          departmentId: 'A1',
          parentId: 'A',
          name: '人事科',
          direct: completion(1, 1, 1, 1, 1),
          subtree: completion(1, 1, 1, 1, 1),
        },
      ],
    });
  });
});
