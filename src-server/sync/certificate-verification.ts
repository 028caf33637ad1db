import { maskResidentId } from '../../src-shared/domain/resident-id.ts';
import type { ServerContext } from '../context.ts';

export interface VerifiedCertificate {
  number: string;
  name: string;
  idNumber: string;
  unitName: string;
  year: number;
  publicHours: number;
  professionalHours: number;
  totalHours: number;
  requiredHours: number;
  met: boolean;
  printedAt: string;
}

/** Keeps the first (and, from three characters on, the last) character: 张*, 张*丰, 欧阳**. Counts code points. */
export function maskName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return name;
  if (characters.length === 2) return `${characters[0]}*`;
  return characters[0] + '*'.repeat(characters.length - 2) + characters.at(-1);
}

/** What the public may learn from a certificate's verification code (QR code): nothing that identifies more. */
export async function verifyCertificate(
  context: ServerContext,
  code: string,
): Promise<VerifiedCertificate | undefined> {
  const row = await context.db
    .selectFrom('certificates')
    .innerJoin('staff', 'staff.id', 'certificates.staff_id')
    .innerJoin('units', 'units.id', 'certificates.unit_id')
    .select([
      'certificates.number',
      'staff.name',
      'staff.id_number',
      'units.name as unit_name',
      'certificates.year',
      'certificates.public_hours',
      'certificates.professional_hours',
      'certificates.total_hours',
      'certificates.required_hours',
      'certificates.met',
      'certificates.printed_at',
    ])
    .where('certificates.verification_code', '=', code)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    number: row.number,
    name: maskName(row.name),
    idNumber: maskResidentId(row.id_number),
    unitName: row.unit_name,
    year: row.year,
    publicHours: row.public_hours,
    professionalHours: row.professional_hours,
    totalHours: row.total_hours,
    requiredHours: row.required_hours,
    met: row.met === 1,
    printedAt: row.printed_at,
  };
}
