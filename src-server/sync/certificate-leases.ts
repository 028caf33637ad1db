import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../audit.ts';
import type { ServerContext } from '../context.ts';
import type { Row } from '../db/schema.ts';
import { forUpdate } from './row-lock.ts';
import type { UnitAdminCaller } from './mutations/types.ts';

export const certificateLeaseRequestSchema = z
  .object({
    clientId: z.uuid(),
    year: z.number().int().min(2000).max(2100),
    count: z.number().int().min(1).max(10_000),
  })
  .strict();
export type CertificateLeaseRequest = z.output<typeof certificateLeaseRequestSchema>;

export interface CertificateLease {
  /** A certificate's number is the prefix followed by its sequence number. */
  prefix: string;
  first: number;
  last: number;
}

/** Unique per unit and year: the province, the year and the unit's code. */
const prefixOf = (unit: Pick<Row<'units'>, 'code'>, year: number) => `HN${year}${unit.code}`;

/**
 * Leases the next block of certificate sequence numbers of the caller's unit for a year. Leases of a
 * unit are taken one at a time (its `units` row is locked), so blocks never overlap and PCs printing
 * offline at the same time never hand out the same number.
 */
export async function leaseCertificateNumbers(
  context: ServerContext,
  caller: UnitAdminCaller,
  input: CertificateLeaseRequest,
  address: string,
): Promise<CertificateLease> {
  return context.db.transaction().execute(async (trx) => {
    const { rows } = await sql<Pick<Row<'units'>, 'code'>>`
      select code from units where id = ${caller.unitId}${forUpdate(context.dialect)}`.execute(trx);
    const unit = rows[0]!;
    const { highest } = await trx
      .selectFrom('certificate_leases')
      .select((eb) => eb.fn.max('last_number').as('highest'))
      .where('unit_id', '=', caller.unitId)
      .where('year', '=', input.year)
      .executeTakeFirstOrThrow();
    const first = Number(highest ?? 0) + 1;
    const lease = { prefix: prefixOf(unit, input.year), first, last: first + input.count - 1 };
    const at = context.now().toISOString();
    await trx
      .insertInto('certificate_leases')
      .values({
        id: randomUUID(),
        unit_id: caller.unitId,
        client_id: input.clientId,
        year: input.year,
        first_number: lease.first,
        last_number: lease.last,
        leased_at: at,
      })
      .execute();
    await writeAudit(trx, {
      at,
      actorKind: 'unit_admin',
      actorId: caller.adminId,
      unitId: caller.unitId,
      clientId: input.clientId,
      action: 'certificates.lease',
      target: `certificate_leases:${input.year}`,
      details: lease,
      address,
    });
    return lease;
  });
}
