import { randomUUID } from 'node:crypto';
import type { MutationArgs } from '../../../src-shared/contract/sync.ts';
import { checkDeclaration } from '../../../src-shared/domain/declaration-rules.ts';
import { batches, rowsInStatus } from './cached-rows.ts';
import { cachedCatalogue, chinaYear } from './catalogue.ts';
import { decide, type DecisionContext, type DecisionResult } from './decide.ts';
import { requirePermission } from './permissions.ts';
import { refused } from './refusal.ts';

export type UnitDeclarationInput = Omit<MutationArgs<'unitDeclarations.create'>, 'activityId'>;

/**
 * 其它继续教育形式申报: one activity of the unit declared for many staff at once, approved as made;
 * only approved staff among `staffIds` get it. Returns the activity's id too.
 */
export function createUnitDeclarations(
  context: DecisionContext,
  input: UnitDeclarationInput,
): DecisionResult & { activityId: string } {
  const activityId = randomUUID();
  const now = context.now?.() ?? new Date();
  const result = decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'unitDeclarations');
    const check = checkDeclaration(input, {
      currentYear: chinaYear(now),
      catalogue: cachedCatalogue(sqlite),
    });
    if (!check.ok) {
      const problems = check.errors.map((error) => `${error.field}：${error.message}`).join('；');
      throw refused(`申报内容有误：${problems}`, 'INVALID_ARGUMENT');
    }
    const staff = rowsInStatus(sqlite, 'staff', input.staffIds, 'approved');
    if (staff.length === 0) throw refused('所选人员均不是本单位已审核通过的人员');
    // Every part of a large batch declares the same activity; the server adds nobody twice.
    return batches(staff.map((row) => row.id)).map((staffIds) => ({
      name: 'unitDeclarations.create',
      args: { ...input, activityId, staffIds },
    }));
  });
  return { ...result, activityId };
}
