import type { HourRequirement, YearSummary } from '../../src-shared/domain/hours.ts';
import { requirementFor, summarizeYear, type HourDeclaration } from '../../src-shared/domain/hours.ts';
import type { ServerContext } from '../context.ts';
import { chinaYear } from './china-time.ts';
import type { StaffCaller } from './staff-caller.ts';

export interface YearHours extends Omit<YearSummary, 'requirement'> {
  requirement: HourRequirement | null;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The years the person is on record for: from their registration (or an earlier declaration) to the
 * current year (or a later declaration), keeping every year with a declaration or a requirement.
 */
function yearsOnRecord(declarations: readonly HourDeclaration[], from: number, to: number): number[] {
  const declared = new Set(declarations.map((item) => item.year));
  const first = Math.min(from, ...declared);
  const last = Math.max(to, ...declared);
  return range(first, last).filter((year) => declared.has(year) || requirementFor(year) !== undefined);
}

/** GET /me/hours: per year, approved 公需 / 专业 / total hours against that year's requirement. */
export async function summarizeOwnHours(context: ServerContext, caller: StaffCaller): Promise<YearHours[]> {
  const declarations = await context.db
    .selectFrom('declarations')
    .select(['year', 'category', 'hours', 'status'])
    .where('staff_id', '=', caller.staffId)
    .execute();
  const { registered_at } = await context.db
    .selectFrom('staff')
    .select('registered_at')
    .where('id', '=', caller.staffId)
    .executeTakeFirstOrThrow();
  const years = yearsOnRecord(declarations, chinaYear(new Date(registered_at)), chinaYear(context.now()));
  return years.map((year) => {
    const summary = summarizeYear(declarations, year);
    return { ...summary, requirement: summary.requirement ?? null };
  });
}
