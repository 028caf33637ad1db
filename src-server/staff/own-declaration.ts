import type { Kysely } from 'kysely';
import type { Row, ServerDatabase } from '../db/schema.ts';
import { notFound } from '../http/http-error.ts';
import { isRowId } from './safe-text.ts';

const missing = () => notFound('申报记录不存在');

/** The caller's declaration, or 404 for anyone else's: other people's ids are never confirmed. */
export async function findOwnDeclaration(
  db: Kysely<ServerDatabase>,
  staffId: string,
  declarationId: string,
): Promise<Row<'declarations'>> {
  if (!isRowId(declarationId)) throw missing();
  const row = await db
    .selectFrom('declarations')
    .selectAll()
    .where('id', '=', declarationId)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  if (!row) throw missing();
  return row;
}
