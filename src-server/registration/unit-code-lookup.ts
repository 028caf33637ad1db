import { sql, type Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema.ts';
import type { UnitCodeCheck } from '../../src-shared/domain/unit-code.ts';

type ValidUnitCode = Extract<UnitCodeCheck, { ok: true }>;

/**
 * The pending or approved units a code designates. A unified social credit code embeds the old
 * organisation code (characters 9–17), so a unit registered under either is found by either: a unit
 * that registered years ago with its organisation code still logs in, and can't register twice.
 */
export function liveUnitsWithCode(db: Kysely<ServerDatabase>, code: ValidUnitCode) {
  const organizationCode = code.kind === 'socialCreditCode' ? code.value.slice(8, 17) : code.value;
  return db
    .selectFrom('units')
    .selectAll()
    .where('status', 'in', ['pending', 'approved'])
    .where((eb) =>
      eb.or([
        eb('code', '=', code.value),
        eb('code', '=', organizationCode),
        eb.and([
          eb('code_kind', '=', 'socialCreditCode'),
          eb(sql<string>`substr(${sql.ref('code')}, 9, 9)`, '=', organizationCode),
        ]),
      ]),
    );
}
