import { z } from 'zod';
import { ceTypeByCode } from '../../src-shared/domain/ce-types.ts';
import type { ServerContext } from '../context.ts';
import { parseInput } from '../http/http-error.ts';
import { toSummary, type DeclarationSummary } from './declaration-view.ts';
import type { StaffCaller } from './staff-caller.ts';

const listQuerySchema = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']).optional(),
    typeCode: z
      .string()
      .refine((code) => ceTypeByCode(code) !== undefined, '未知的继续教育类型')
      .optional(),
    category: z.enum(['public', 'professional']).optional(),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export interface DeclarationPage {
  items: DeclarationSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /me/declarations: the caller's own declarations (theirs and their unit's for them), newest first. */
export async function listDeclarations(
  context: ServerContext,
  caller: StaffCaller,
  query: unknown,
): Promise<DeclarationPage> {
  const { year, status, typeCode, category, page, pageSize } = parseInput(listQuerySchema, query);
  let filtered = context.db.selectFrom('declarations').where('staff_id', '=', caller.staffId);
  if (year !== undefined) filtered = filtered.where('year', '=', year);
  if (status !== undefined) filtered = filtered.where('status', '=', status);
  if (typeCode !== undefined) filtered = filtered.where('type_code', '=', typeCode);
  if (category !== undefined) filtered = filtered.where('category', '=', category);
  const { total } = await filtered
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const rows = await filtered
    .selectAll()
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map(toSummary), total: Number(total), page, pageSize };
}
