import { summarizeYear } from '../../src-shared/domain/hours.ts';
import type { NewRow } from '../db/schema.ts';
import type { Prng } from './prng.ts';
import { isoTime, officeTimeAfter } from './seed-calendar.ts';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface CertificatePrinter {
  unit: Pick<NewRow<'units'>, 'id' | 'region_code'>;
  /** Tells the units apart in certificate numbers. */
  unitSerial: number;
  adminId: string;
  /** The desktop client that printed them and leased their numbers. */
  clientId: string;
}

export interface PrintedCertificates {
  certificates: NewRow<'certificates'>[];
  leases: NewRow<'certificate_leases'>[];
}

function verificationCode(rng: Prng): string {
  return Array.from({ length: 16 }, () => rng.pick([...CODE_ALPHABET])).join('');
}

/**
 * Certificates printed early the next year for the staff who met a year's requirement, numbered
 * HN + region + year + unit serial + sequence, with the number leases that cover them.
 */
export function certificateRows(
  rng: Prng,
  printer: CertificatePrinter,
  people: readonly { staffId: string; declarations: readonly NewRow<'declarations'>[] }[],
  years: readonly number[],
): PrintedCertificates {
  const result: PrintedCertificates = { certificates: [], leases: [] };
  for (const year of years) {
    const prefix = `HN${printer.unit.region_code}${year}${String(printer.unitSerial).padStart(3, '0')}`;
    let sequence = 0;
    for (const person of people) {
      const summary = summarizeYear(person.declarations, year);
      if (!summary.met || !summary.requirement) continue;
      sequence += 1;
      result.certificates.push({
        id: rng.uuid(),
        unit_id: printer.unit.id,
        staff_id: person.staffId,
        year,
        number: `${prefix}${String(sequence).padStart(5, '0')}`,
        verification_code: verificationCode(rng),
        public_hours: summary.publicHours,
        professional_hours: summary.professionalHours,
        total_hours: summary.totalHours,
        required_hours: summary.requirement.totalHours,
        met: 1,
        printed_at: isoTime(officeTimeAfter(rng, Date.UTC(year + 1, 0, 4), 0, 40)),
        printed_by: printer.adminId,
        client_id: printer.clientId,
        version: 1,
        seq: 0,
      });
    }
    if (sequence > 0) {
      result.leases.push({
        id: rng.uuid(),
        unit_id: printer.unit.id,
        client_id: printer.clientId,
        year,
        first_number: 1,
        last_number: sequence,
        leased_at: isoTime(Date.UTC(year + 1, 0, 4, 1, 0, 0)),
      });
    }
  }
  return result;
}
