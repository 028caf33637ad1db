import { syncedTables, type PullResponse, type SyncedTable } from '../../src-shared/contract/sync.ts';
import { ceTypes } from '../../src-shared/domain/ce-types.ts';
import { hourRequirements } from '../../src-shared/domain/hours.ts';

/**
 * A unit the size of the target (20,000 staff in a department tree, 1,000,000 declarations),
 * generated deterministically and delivered as pull pages, the way the server would send it.
 */
export const UNIT_SIZE = { staff: 20_000, otherStaff: 1_000, declarationsPerStaff: 50 } as const;
export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;
export const PAGE_ROWS = 5_000;

type Row = Record<string, unknown>;

/** mulberry32: small, fast and repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20_261_128);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
  let roll = rand();
  for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
  return choices[choices.length - 1]![0];
};
/** Random-looking like the server's v4 UUIDs (their order decides how the key indexes fill up). */
const hex8 = () =>
  Math.floor(rand() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
const uuid = () => {
  const [a, b, c, d] = [hex8(), hex8(), hex8(), hex8()];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-a${c.slice(1, 4)}-${c.slice(4)}${d}`;
};

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志红梅鹏飞海燕丹凤春晓雪松文博宇航思远嘉怡子涵浩然欣怡梓萱𠮷䶮㛃';

const ADMIN_ID = uuid();

function departments(): Row[] {
  const rows: Row[] = [];
  const add = (parentId: string | null, name: string) => {
    const id = uuid();
    rows.push({ id, parent_id: parentId, name, sort_order: rows.length, version: 1 });
    return id;
  };
  for (let top = 0; top < 8; top++) {
    const topId = add(null, `第${top + 1}分院`);
    for (let middle = 0; middle < 5; middle++) {
      const middleId = add(topId, `第${top + 1}分院${middle + 1}科`);
      for (let leaf = 0; leaf < 4; leaf++) add(middleId, `第${top + 1}分院${middle + 1}科${leaf + 1}组`);
    }
  }
  return rows;
}

/** The unit's 20,000 staff, then registrations to review and people who left or were turned away. */
function staff(departmentIds: readonly string[]): Row[] {
  return Array.from({ length: UNIT_SIZE.staff + UNIT_SIZE.otherStaff }, (_, index) => {
    const name = pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.6 ? pick([...GIVEN]) : '');
    const status =
      index < UNIT_SIZE.staff
        ? 'approved'
        : weighted([
            ['pending', 0.6],
            ['left', 0.2],
            ['rejected', 0.15],
            ['withdrawn', 0.05],
          ] as const);
    const registered = new Date(Date.UTC(2018, 0, 1) + rand() * 8 * 365 * 86_400_000).toISOString();
    return {
      id: uuid(),
      department_id: pick(departmentIds),
      id_number: `41${String(1_000_000_000_000_000 + index * 7919).slice(1, 16)}${index % 10}`,
      name,
      gender: pick(['1', '2']),
      birth_date: `19${60 + Math.floor(rand() * 40)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
      ethnicity: '01',
      native_place: '河南郑州',
      school: '郑州大学',
      major: '临床医学',
      education: pick(['11', '14', '21', '31']),
      title_level: pick(['1', '2', '3', '4', '5']),
      title_name: '主治医师',
      phone: `138${String(index).padStart(8, '0')}`,
      email: `staff${index}@example.cn`,
      status,
      reject_reason: status === 'rejected' ? '单位信息填写错误' : null,
      registered_at: registered,
      decided_at: status === 'pending' ? null : registered,
      left_at: status === 'left' ? registered : null,
      version: 1,
    };
  });
}

function declaration(staffId: string): Row {
  const type = pick(ceTypes);
  const category =
    typeof type.category === 'string' ? type.category : rand() < 0.3 ? 'public' : 'professional';
  const year = pick(YEARS);
  const submitted = Date.UTC(year, 0, 1) + rand() * 420 * 86_400_000;
  const status = weighted([
    ['approved', 0.85],
    ['pending', 0.06],
    ['rejected', 0.06],
    ['withdrawn', 0.03],
  ] as const);
  return {
    id: uuid(),
    staff_id: staffId,
    type_code: type.code,
    category,
    year,
    title: `${type.name}（${year}）`,
    hours: Math.round(rand() * 48) / 2 + 0.5,
    fields: '{"organizer":"河南省继续教育中心","startDate":"2025-03-01","endDate":"2025-03-03"}',
    remarks: '',
    attachment_id: uuid(),
    attachment_media_type: 'application/pdf',
    attachment_size: 200_000 + Math.floor(rand() * 800_000),
    status,
    reject_reason: status === 'rejected' ? '扫描件不清晰' : null,
    source: rand() < 0.1 ? 'unit' : 'staff',
    activity_id: null,
    submitted_at: new Date(submitted).toISOString(),
    decided_at:
      status === 'approved' || status === 'rejected' ? new Date(submitted + 86_400_000).toISOString() : null,
    decided_by: status === 'approved' || status === 'rejected' ? ADMIN_ID : null,
    version: 1,
  };
}

function referenceRows(): Partial<Record<SyncedTable, Row[]>> {
  return {
    ce_types: ceTypes.map((type, index) => ({
      code: type.code,
      name: type.name,
      definition: JSON.stringify(type),
      sort_order: index,
    })),
    hour_requirements: hourRequirements.map((rule) => ({
      year: rule.year,
      total_hours: rule.totalHours,
      public_min_hours: rule.publicMinHours,
      professional_min_hours: rule.professionalMinHours,
    })),
  };
}

/** Column blocks of one table, with seq numbers continuing from `firstSeq`. */
function block(table: SyncedTable, rows: readonly Row[], firstSeq: number) {
  const columns = syncedTables[table];
  return {
    columns,
    values: columns.map((column) =>
      column === 'seq' ? rows.map((_, index) => firstSeq + index) : rows.map((row) => row[column] ?? null),
    ),
  };
}

/** Every page of the unit's initial pull, in order; the rows of each page are generated on demand. */
export function* unitPages(): Generator<PullResponse> {
  const departmentRows = departments();
  const staffRows = staff(departmentRows.map((row) => row.id as string));
  let seq = 1;
  const page = (tables: Partial<Record<SyncedTable, Row[]>>, hasMore: boolean): PullResponse => {
    const blocks: PullResponse['tables'] = {};
    for (const [table, rows] of Object.entries(tables) as [SyncedTable, Row[]][]) {
      blocks[table] = block(table, rows, seq);
      seq += rows.length;
    }
    return { schemaVersion: 1, cursor: `1:bench:${seq - 1}`, hasMore, tables: blocks, tombstones: {} };
  };
  yield page({ ...referenceRows(), departments: departmentRows }, true);
  for (let start = 0; start < staffRows.length; start += PAGE_ROWS) {
    yield page({ staff: staffRows.slice(start, start + PAGE_ROWS) }, true);
  }
  const total = UNIT_SIZE.staff * UNIT_SIZE.declarationsPerStaff;
  for (let start = 0; start < total; start += PAGE_ROWS) {
    const rows = Array.from({ length: Math.min(PAGE_ROWS, total - start) }, (_, offset) => {
      const index = start + offset;
      return declaration(staffRows[index % UNIT_SIZE.staff]!.id as string);
    });
    yield page({ declarations: rows }, start + PAGE_ROWS < total);
  }
}
