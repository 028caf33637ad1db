import { sql, type RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Column types that differ between the two engines; everything else is plain SQL. */
export function columnTypes(dialect: DialectName) {
  const postgres = dialect === 'postgres';
  return {
    bigint: postgres ? ('bigint' as const) : ('integer' as const),
    blob: postgres ? ('bytea' as const) : ('blob' as const),
    real: postgres ? ('double precision' as const) : ('real' as const),
  };
}

/** An auto-incrementing integer key, for append-only logs. */
export function autoIncrementKey(dialect: DialectName): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`bigint generated always as identity primary key`
    : sql`integer primary key autoincrement`;
}
