import type { Kysely } from 'kysely';
import type { DialectName } from '../db/dialect.ts';
import type { NewRow, ServerDatabase } from '../db/schema.ts';
import { insertRows, insertSequenced } from './bulk-insert.ts';

/** Rows to write together, by table. */
export interface SeedBatch {
  hr_admins: NewRow<'hr_admins'>[];
  attachments: NewRow<'attachments'>[];
  units: NewRow<'units'>[];
  unit_admins: NewRow<'unit_admins'>[];
  departments: NewRow<'departments'>[];
  staff: NewRow<'staff'>[];
  declarations: NewRow<'declarations'>[];
  certificates: NewRow<'certificates'>[];
  certificate_leases: NewRow<'certificate_leases'>[];
}

export function emptyBatch(): SeedBatch {
  return {
    hr_admins: [],
    attachments: [],
    units: [],
    unit_admins: [],
    departments: [],
    staff: [],
    declarations: [],
    certificates: [],
    certificate_leases: [],
  };
}

/** Writes a batch in one transaction, referenced rows first; synced rows get their sequence numbers. */
export async function writeBatch(
  db: Kysely<ServerDatabase>,
  dialect: DialectName,
  batch: SeedBatch,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, dialect, 'hr_admins', batch.hr_admins);
    await insertRows(trx, dialect, 'attachments', batch.attachments);
    await insertSequenced(trx, dialect, 'units', batch.units);
    await insertSequenced(trx, dialect, 'unit_admins', batch.unit_admins);
    await insertSequenced(trx, dialect, 'departments', batch.departments);
    await insertSequenced(trx, dialect, 'staff', batch.staff);
    await insertSequenced(trx, dialect, 'declarations', batch.declarations);
    await insertSequenced(trx, dialect, 'certificates', batch.certificates);
    await insertRows(trx, dialect, 'certificate_leases', batch.certificate_leases);
  });
}
