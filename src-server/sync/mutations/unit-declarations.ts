import { randomUUID } from 'node:crypto';
import type { ItemResult } from '../../../src-shared/contract/sync.ts';
import { checkDeclaration, type CheckedDeclaration } from '../../../src-shared/domain/declaration-rules.ts';
import type { NewRow } from '../../db/schema.ts';
import { allocateSeq } from '../../db/sequence.ts';
import { batchOutcome, rejected } from './outcomes.ts';
import { chunksOf, lockUnitRows } from './rows.ts';
import type { MutationArgsOf, MutationContext, MutationHandlers } from './types.ts';

type Args = MutationArgsOf<'unitDeclarations.create'>;

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Rows per insert statement: 22 columns each stay below both engines' parameter limits. */
const INSERT_CHUNK = 500;

/** The calendar year in China, where the year-end deadline falls. */
const chinaYear = (now: Date) => new Date(now.getTime() + CHINA_OFFSET_MS).getUTCFullYear();

async function activityOfOtherUnit(context: MutationContext, activityId: string): Promise<boolean> {
  const row = await context.trx
    .selectFrom('declarations')
    .select('id')
    .where('activity_id', '=', activityId)
    .where('unit_id', '<>', context.caller.unitId)
    .executeTakeFirst();
  return row !== undefined;
}

async function alreadyDeclared(context: MutationContext, activityId: string): Promise<Set<string>> {
  const rows = await context.trx
    .selectFrom('declarations')
    .select('staff_id')
    .where('unit_id', '=', context.caller.unitId)
    .where('activity_id', '=', activityId)
    .execute();
  return new Set(rows.map((row) => row.staff_id));
}

function declarationRow(context: MutationContext, args: Args, checked: CheckedDeclaration, staffId: string) {
  const now = context.now.toISOString();
  return {
    id: randomUUID(),
    unit_id: context.caller.unitId,
    staff_id: staffId,
    type_code: checked.typeCode,
    category: checked.category,
    year: checked.year,
    title: args.title,
    hours: checked.hours,
    fields: JSON.stringify(checked.fields),
    remarks: checked.remarks,
    attachment_id: null,
    attachment_media_type: null,
    attachment_size: null,
    status: 'approved',
    reject_reason: null,
    source: 'unit',
    activity_id: args.activityId,
    submitted_at: now,
    decided_at: now,
    decided_by: context.caller.adminId,
    version: 1,
  } satisfies Omit<NewRow<'declarations'>, 'seq'>;
}

async function insertDeclarations(context: MutationContext, rows: ReturnType<typeof declarationRow>[]) {
  if (rows.length === 0) return;
  const firstSeq = await allocateSeq(context.trx, rows.length);
  for (const [n, chunk] of chunksOf(rows, INSERT_CHUNK).entries()) {
    const values = chunk.map((row, k) => ({ ...row, seq: firstSeq + n * INSERT_CHUNK + k }));
    await context.trx.insertInto('declarations').values(values).execute();
  }
}

/**
 * 其它继续教育形式申报: one activity of the unit declared for many staff at once, approved as it is made.
 * Repeating it for the same activity adds nobody twice.
 */
export const unitDeclarationMutations: MutationHandlers<'unitDeclarations.create'> = {
  'unitDeclarations.create': {
    permission: 'unitDeclarations',
    async apply(context, args) {
      const audit = { target: `activities:${args.activityId}`, summary: { typeCode: args.typeCode } };
      const check = checkDeclaration(args, { currentYear: chinaYear(context.now) });
      if (!check.ok) {
        const problems = check.errors.map((error) => `${error.field}：${error.message}`).join('；');
        return rejected(`申报内容有误：${problems}`, audit);
      }
      if (await activityOfOtherUnit(context, args.activityId)) return rejected('活动编号已被使用', audit);
      const staff = await lockUnitRows(context, 'staff', args.staffIds);
      const declared = await alreadyDeclared(context, args.activityId);
      const results = new Map<string, ItemResult>();
      const rows = [];
      for (const staffId of args.staffIds) {
        if (results.has(staffId)) continue;
        if (staff.get(staffId)?.status !== 'approved') {
          results.set(staffId, { id: staffId, status: 'rejected', reason: '不是本单位已审核通过的人员' });
          continue;
        }
        results.set(staffId, { id: staffId, status: 'applied' });
        if (!declared.has(staffId)) rows.push(declarationRow(context, args, check.value, staffId));
      }
      await insertDeclarations(context, rows);
      const items = args.staffIds.map((staffId) => results.get(staffId)!);
      return batchOutcome(audit.target, items, { ...audit.summary, created: rows.length });
    },
  },
};
