import type { Kysely } from 'kysely';
import type { YearHours } from '../../../src-shared/contract/queries.ts';
import { summarizeYear, type HourRequirement } from '../../../src-shared/domain/hours.ts';
import type { CacheSchema } from '../cache/schema.ts';

/** The yearly requirements as the server last sent them. */
export async function readRequirements(db: Kysely<CacheSchema>): Promise<HourRequirement[]> {
  const rows = await db.selectFrom('hour_requirements').selectAll().execute();
  return rows.map((row) => ({
    year: row.year,
    totalHours: row.total_hours,
    publicMinHours: row.public_min_hours,
    professionalMinHours: row.professional_min_hours,
  }));
}

export function requirementOut(requirement: HourRequirement | undefined): YearHours['requirement'] {
  if (requirement === undefined) return null;
  const { totalHours, publicMinHours, professionalMinHours } = requirement;
  return { totalHours, publicMinHours, professionalMinHours };
}

/**
 * A year's approved hours against its requirement, judged by the shared hour rules (the same the
 * server and the certificates use), fed with the sums of each category.
 */
export function yearHoursOf(
  year: number,
  hours: { publicHours: number; professionalHours: number },
  requirements: readonly HourRequirement[],
): YearHours {
  const summary = summarizeYear(
    [
      { year, category: 'public', hours: hours.publicHours, status: 'approved' },
      { year, category: 'professional', hours: hours.professionalHours, status: 'approved' },
    ],
    year,
    requirements,
  );
  return { ...summary, requirement: requirementOut(summary.requirement) };
}
