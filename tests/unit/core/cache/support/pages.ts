import {
  syncedTables,
  type PullResponse,
  type SyncedTable,
} from '../../../../../src-shared/contract/sync.ts';

export type Row = Record<string, unknown>;

let seq = 0;

/** A pull page holding these rows as column blocks, the way the server sends them. */
export function pageOf(
  tables: Partial<Record<SyncedTable, Row[]>>,
  {
    cursor = `1:epoch-a:${seq + 1}`,
    hasMore = false,
    tombstones = {},
  }: Partial<Pick<PullResponse, 'cursor' | 'hasMore' | 'tombstones'>> = {},
): PullResponse {
  const blocks: PullResponse['tables'] = {};
  for (const [table, rows] of Object.entries(tables) as [SyncedTable, Row[]][]) {
    const columns = syncedTables[table];
    blocks[table] = {
      columns,
      values: columns.map((column) =>
        rows.map((row) => (column === 'seq' ? (row.seq ?? ++seq) : row[column])),
      ),
    };
  }
  return { schemaVersion: 1, cursor, hasMore, tables: blocks, tombstones };
}

export function departmentRow(id: string, parentId: string | null, name: string, sortOrder = 0): Row {
  return { id, parent_id: parentId, name, sort_order: sortOrder, version: 1 };
}

export function staffRow(id: string, fields: Row = {}): Row {
  return {
    id,
    department_id: null,
    id_number: `41010119900101${id.slice(-4).padStart(4, '0')}`,
    name: `人员${id}`,
    gender: '1',
    birth_date: '1990-01-01',
    ethnicity: '01',
    native_place: '河南郑州',
    school: '郑州大学',
    major: '临床医学',
    education: '21',
    title_level: '3',
    title_name: '主治医师',
    phone: '13800000000',
    email: 'someone@example.cn',
    status: 'approved',
    reject_reason: null,
    registered_at: '2024-01-01T00:00:00.000Z',
    decided_at: null,
    left_at: null,
    version: 1,
    ...fields,
  };
}

export function declarationRow(id: string, staffId: string, fields: Row = {}): Row {
  return {
    id,
    staff_id: staffId,
    type_code: 'training',
    category: 'professional',
    year: 2025,
    title: '继续教育培训',
    hours: 8,
    fields: '{"organizer":"河南省继续教育中心"}',
    remarks: '',
    attachment_id: null,
    attachment_media_type: null,
    attachment_size: null,
    status: 'pending',
    reject_reason: null,
    source: 'staff',
    activity_id: null,
    submitted_at: '2025-03-01T00:00:00.000Z',
    decided_at: null,
    decided_by: null,
    version: 1,
    ...fields,
  };
}

export function requirementRow(year: number, total = 90, publicMin = 24, professionalMin = 60): Row {
  return { year, total_hours: total, public_min_hours: publicMin, professional_min_hours: professionalMin };
}

export function ceTypeRow(code: string, name: string, sortOrder = 0): Row {
  return { code, name, definition: '{}', sort_order: sortOrder };
}
