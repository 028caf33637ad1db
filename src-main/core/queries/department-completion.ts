import type { Kysely } from 'kysely';
import type {
  Completion,
  CompletionArgs,
  DepartmentCompletion,
  YearHours,
} from '../../../src-shared/contract/queries.ts';
import { requirementFor } from '../../../src-shared/domain/hours.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { departmentForest, type DepartmentBranch } from './department-forest.ts';
import { summarizeStaffHours } from './staff-year-hours.ts';
import { readRequirements, requirementOut } from './year-hours.ts';

/**
 * Completion statistics of a year (学时达标统计): approved staff who met the requirement or not, and
 * who met each part, per department (itself, and with everything below it) and for the unit.
 */
export async function departmentCompletion(
  db: Kysely<CacheSchema>,
  { year }: CompletionArgs,
): Promise<DepartmentCompletion> {
  const [forest, people, requirements] = await Promise.all([
    departmentForest(db),
    summarizeStaffHours(db, year),
    readRequirements(db),
  ]);
  const direct = new Map<string | null, Completion>();
  for (const { departmentId, hours } of people) {
    const completion = direct.get(departmentId) ?? emptyCompletion();
    count(completion, hours);
    direct.set(departmentId, completion);
  }
  const departments: DepartmentCompletion['departments'] = [];
  for (const branch of forest) rollUp(branch, direct, departments);
  const unit = emptyCompletion();
  for (const completion of direct.values()) add(unit, completion);
  return { year, requirement: requirementOut(requirementFor(year, requirements)), unit, departments };
}

/** Appends the branch's departments in tree order and returns its subtree totals. */
function rollUp(
  { department, children }: DepartmentBranch,
  direct: ReadonlyMap<string | null, Completion>,
  out: DepartmentCompletion['departments'],
): Completion {
  const own = direct.get(department.id) ?? emptyCompletion();
  const entry = {
    departmentId: department.id,
    parentId: department.parent_id,
    name: department.name,
    direct: own,
    subtree: { ...own },
  };
  out.push(entry);
  for (const child of children) add(entry.subtree, rollUp(child, direct, out));
  return entry.subtree;
}

function emptyCompletion(): Completion {
  return { staff: 0, met: 0, notMet: 0, publicMet: 0, professionalMet: 0, totalMet: 0 };
}

function count(completion: Completion, hours: YearHours): void {
  completion.staff += 1;
  completion.met += Number(hours.met);
  completion.notMet += Number(!hours.met);
  completion.publicMet += Number(hours.publicMet);
  completion.professionalMet += Number(hours.professionalMet);
  completion.totalMet += Number(hours.totalMet);
}

function add(into: Completion, more: Completion): void {
  for (const key of Object.keys(into) as (keyof Completion)[]) into[key] += more[key];
}
