import type { Kysely } from 'kysely';
import type { CacheSchema } from '../cache/schema.ts';

/** What certificates need from the cache besides the people list: the unit, and codes of reprints. */
export async function readCertificateUnit(db: Kysely<CacheSchema>): Promise<{ name: string; code: string }> {
  const unit = await db.selectFrom('units').select(['name', 'code']).executeTakeFirst();
  if (!unit) throw new Error('本地数据中没有单位信息，请先同步');
  return unit;
}

/** Verification codes of recorded certificates, by certificate id. */
export async function readVerificationCodes(
  db: Kysely<CacheSchema>,
  certificateIds: readonly string[],
): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (let start = 0; start < certificateIds.length; start += 500) {
    const rows = await db
      .selectFrom('certificates')
      .select(['id', 'verification_code'])
      .where('id', 'in', certificateIds.slice(start, start + 500))
      .execute();
    for (const row of rows) codes.set(row.id, row.verification_code);
  }
  return codes;
}
