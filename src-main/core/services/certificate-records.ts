import type { Kysely } from 'kysely';
import type { CertificatesRecordInput } from '../../../src-shared/contract/index.ts';
import { requirementFor } from '../../../src-shared/domain/hours.ts';
import type { CacheSchema } from '../cache/schema.ts';
import type { CertificateInput } from '../decisions/index.ts';
import { readRequirements, yearHoursOf } from '../queries/year-hours.ts';

/**
 * What each printed certificate records: its number and code from the printout, the person's hours
 * of the year as the cache has them when printed, and whether the requirement was met.
 */
export async function certificateInputs(
  db: Kysely<CacheSchema>,
  { year, items }: Required<CertificatesRecordInput>,
  printedAt: Date,
): Promise<CertificateInput[]> {
  const [requirements, hours] = await Promise.all([
    readRequirements(db),
    db
      .selectFrom('approved_hours')
      .select(['staff_id', 'public_hours', 'professional_hours'])
      .where('year', '=', year)
      .where(
        'staff_id',
        'in',
        items.map((item) => item.staffId),
      )
      .execute(),
  ]);
  const byStaff = new Map(hours.map((row) => [row.staff_id, row]));
  const requiredHours = requirementFor(year, requirements)?.totalHours ?? 0;
  return items.map(({ staffId, number, verificationCode }) => {
    const row = byStaff.get(staffId);
    const summary = yearHoursOf(
      year,
      { publicHours: row?.public_hours ?? 0, professionalHours: row?.professional_hours ?? 0 },
      requirements,
    );
    return {
      staffId,
      year,
      number,
      verificationCode,
      publicHours: summary.publicHours,
      professionalHours: summary.professionalHours,
      totalHours: summary.totalHours,
      requiredHours,
      met: summary.met,
      printedAt: printedAt.toISOString(),
    };
  });
}
