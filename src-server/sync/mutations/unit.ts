import { applied, rejected, staleBaseVersion } from './outcomes.ts';
import { updateRows } from './row-updates.ts';
import { lockOwnUnit } from './rows.ts';
import type { MutationArgsOf, MutationContext, MutationHandlers } from './types.ts';

type Changes = MutationArgsOf<'unit.update'>['changes'];

/** Coded fields and the dictionary (table `dictionary_entries`) their codes come from. */
const CODED_FIELDS = [
  { field: 'nature_code', dictionary: 'unitNatures', label: '单位性质' },
  { field: 'affiliation_code', dictionary: 'affiliations', label: '隶属关系' },
  { field: 'level_code', dictionary: 'unitLevels', label: '单位级别' },
  { field: 'industry_code', dictionary: 'industries', label: '所属行业' },
] as const;

async function invalidCode(context: MutationContext, changes: Changes): Promise<string | undefined> {
  for (const { field, dictionary, label } of CODED_FIELDS) {
    const code = changes[field];
    if (code === undefined) continue;
    const entry = await context.trx
      .selectFrom('dictionary_entries')
      .select('code')
      .where('dictionary', '=', dictionary)
      .where('code', '=', code)
      .executeTakeFirst();
    if (!entry) return `${label}代码无效：${code}`;
  }
  return undefined;
}

export const unitMutations: MutationHandlers<'unit.update'> = {
  'unit.update': {
    permission: 'unitInfo',
    async apply(context, { changes }) {
      const unit = await lockOwnUnit(context);
      const audit = { target: `units:${unit.id}`, summary: { changes } };
      const stale = staleBaseVersion(context, 'units', unit, audit);
      if (stale) return stale;
      const problem = await invalidCode(context, changes);
      if (problem) return rejected(problem, audit);
      await updateRows(context, 'units', [unit.id], changes);
      return applied(audit);
    },
  },
};
