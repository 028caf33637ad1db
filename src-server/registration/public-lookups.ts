import { sql } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { notFound, parseInput } from '../http/http-error.ts';
import { dictionaryCode, optionalText } from './fields.ts';

/** A pick list, not a directory: the form narrows by name, so a short page is enough. */
const UNIT_PAGE = 50;

const unitQuerySchema = z.object({
  regionCode: dictionaryCode('regions', '所属区域'),
  q: optionalText('单位名称', 50),
});

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Approved units of a region whose name contains `q`, for the staff registration form. */
export async function listPublicUnits(
  context: ServerContext,
  query: unknown,
): Promise<{ units: { id: string; name: string }[]; hasMore: boolean }> {
  const { regionCode, q } = parseInput(unitQuerySchema, query);
  let units = context.db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('region_code', '=', regionCode)
    .where('status', '=', 'approved');
  if (q) units = units.where(sql<boolean>`${sql.ref('name')} like ${`%${escapeLike(q)}%`} escape '\\'`);
  const rows = await units
    .orderBy('name')
    .orderBy('id')
    .limit(UNIT_PAGE + 1)
    .execute();
  return { units: rows.slice(0, UNIT_PAGE), hasMore: rows.length > UNIT_PAGE };
}

const unitParamsSchema = z.object({ unitId: z.string().min(1).max(64) });

/** The live departments of an approved unit, as a flat list the form turns into a tree. */
export async function listPublicDepartments(
  context: ServerContext,
  params: unknown,
): Promise<{ departments: { id: string; parentId: string | null; name: string }[] }> {
  const { unitId } = parseInput(unitParamsSchema, params);
  const unit = await context.db
    .selectFrom('units')
    .select('id')
    .where('id', '=', unitId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  if (!unit) throw notFound('单位不存在或尚未通过审核');
  const departments = await context.db
    .selectFrom('departments')
    .select(['id', 'parent_id as parentId', 'name'])
    .where('unit_id', '=', unit.id)
    .where('deleted', '=', 0)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
  return { departments };
}
