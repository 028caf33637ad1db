import { applyPullPage } from '../../../../../src-main/core/cache/apply-pull-page.ts';
import type { Cache } from '../../../../../src-main/core/cache/open-cache.ts';
import {
  ceTypeRow,
  declarationRow,
  departmentRow,
  pageOf,
  requirementRow,
  staffRow,
  type Row,
} from '../../cache/support/pages.ts';

/**
 * A unit large enough that both plans of the declaration list run (a root department holds more
 * people than the per-person plan takes, a leaf fewer), with rare-character and one-character names,
 * ID numbers ending in X, and ties in every sort column.
 */
export interface UnitFixture {
  departments: Row[];
  staff: Row[];
  declarations: Row[];
}

export const FIXTURE_YEARS = [2023, 2024, 2025, 2026];
export const FIXTURE_TYPES = [
  { code: 'training', category: 'professional' },
  { code: 'conference', category: 'professional' },
  { code: 'patent', category: 'professional' },
  { code: 'base_training', category: 'public' },
  { code: 'base_training', category: 'professional' },
  { code: 'public_course', category: 'public' },
] as const;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '欧阳', '𠮷', '䶮'];
const GIVEN = ['', '伟', '芳', '𠮷', '㛃', '祥明', '小红', '建国'];

export function makeUnit(seed = 7, staffCount = 1_500): UnitFixture {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const departments: Row[] = [];
  for (let root = 0; root < 3; root++) {
    const rootId = `d${root}`;
    departments.push(departmentRow(rootId, null, `分院${root}`, root));
    for (let middle = 0; middle < 3; middle++) {
      const middleId = `${rootId}-${middle}`;
      departments.push(departmentRow(middleId, rootId, `科室${root}${middle}`, 2 - middle));
      for (let leaf = 0; leaf < 2; leaf++) {
        departments.push(departmentRow(`${middleId}-${leaf}`, middleId, `小组${root}${middle}${leaf}`, leaf));
      }
    }
  }
  const staff = Array.from({ length: staffCount }, (_, index) =>
    staffRow(`s${String(index).padStart(5, '0')}`, {
      name: pick(SURNAMES) + pick(GIVEN),
      id_number: `4101${String(19800101 + index * 37).padStart(8, '0')}${String(index % 1000).padStart(3, '0')}${index % 11 === 0 ? 'X' : index % 10}`,
      department_id: rand() < 0.03 ? null : pick(departments).id,
      status: index % 10 === 0 ? pick(['pending', 'left', 'rejected', 'withdrawn']) : 'approved',
      title_level: pick(['1', '2', '3', '4', '5']),
      registered_at: `2024-0${1 + Math.floor(rand() * 3)}-0${1 + Math.floor(rand() * 3)}T00:00:00.000Z`,
    }),
  );
  const declarations: Row[] = [];
  for (let index = 0; index < staffCount * 4; index++) {
    const type = pick(FIXTURE_TYPES);
    const year = pick(FIXTURE_YEARS);
    declarations.push(
      declarationRow(`x${String(index).padStart(6, '0')}`, pick(staff).id as string, {
        type_code: type.code,
        category: type.category,
        year,
        hours: Math.floor(rand() * 8) * 4 + 0.5,
        status: pick(['pending', 'pending', 'approved', 'approved', 'approved', 'rejected', 'withdrawn']),
        submitted_at: `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 3)}T0${Math.floor(rand() * 3)}:00:00.000Z`,
      }),
    );
  }
  return { departments, staff, declarations };
}

/** Pulls the unit into the cache in pages of mixed tables, declarations before their people. */
export function loadUnit(cache: Cache, unit: UnitFixture): void {
  applyPullPage(
    cache,
    pageOf(
      {
        ce_types: [
          ceTypeRow('training', '培训、研修、进修'),
          ceTypeRow('conference', '学术会议'),
          ceTypeRow('patent', '专利'),
          ceTypeRow('base_training', '基地培训班'),
          ceTypeRow('public_course', '公需科目'),
        ],
        hour_requirements: [requirementRow(2023), requirementRow(2025, 100, 30, 60)],
        declarations: unit.declarations.slice(0, 2_000),
      },
      { hasMore: true },
    ),
  );
  applyPullPage(cache, pageOf({ staff: unit.staff, departments: unit.departments }, { hasMore: true }));
  applyPullPage(cache, pageOf({ declarations: unit.declarations.slice(2_000) }));
}
