import type Database from 'better-sqlite3';
import type { MutationArgs } from '../../../src-shared/contract/sync.ts';
import { cachedRow } from './cached-rows.ts';
import { decide, type DecisionContext, type DecisionResult } from './decide.ts';
import { ownUnitId } from './effects/unit-effects.ts';
import { requirePermission } from './permissions.ts';
import { refused } from './refusal.ts';

type UnitChanges = MutationArgs<'unit.update'>['changes'];

/** Coded fields and the dictionary their codes come from. */
const CODED_FIELDS = [
  { field: 'nature_code', dictionary: 'unitNatures', label: '单位性质' },
  { field: 'affiliation_code', dictionary: 'affiliations', label: '隶属关系' },
  { field: 'level_code', dictionary: 'unitLevels', label: '单位级别' },
  { field: 'industry_code', dictionary: 'industries', label: '所属行业' },
] as const;

function refuseUnknownCodes(sqlite: Database.Database, changes: UnitChanges): void {
  const entry = sqlite.prepare<[string, string], { code: string }>(
    'select code from dictionary_entries where dictionary = ? and code = ?',
  );
  for (const { field, dictionary, label } of CODED_FIELDS) {
    const code = changes[field];
    if (code !== undefined && !entry.get(dictionary, code)) {
      throw refused(`${label}代码无效：${code}`, 'INVALID_ARGUMENT');
    }
  }
}

/** 修改单位信息: the editable fields only (code, region and HR department are fixed). */
export function updateUnit(context: DecisionContext, changes: UnitChanges): DecisionResult {
  return decide(context, (sqlite) => {
    requirePermission(sqlite, context.adminId, 'unitInfo');
    const unitId = ownUnitId(sqlite);
    const unit =
      unitId === undefined ? undefined : cachedRow<{ version: number }>(sqlite, 'units', unitId, 'version');
    if (!unit) throw refused('尚未同步单位信息，请联网同步后再修改', 'UNAVAILABLE');
    refuseUnknownCodes(sqlite, changes);
    return [{ name: 'unit.update', args: { changes }, baseVersion: unit.version }];
  });
}
