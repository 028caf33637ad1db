import type Database from 'better-sqlite3';
import type { MutationEffect } from './effect.ts';
import { updateAtVersion } from './row-effects.ts';

const EDITABLE = [
  'name',
  'competent_department',
  'address',
  'contact_name',
  'contact_phone',
  'nature_code',
  'affiliation_code',
  'level_code',
  'industry_code',
] as const;

/** The unit's own row: the only one the cache holds. */
export function ownUnitId(sqlite: Database.Database): string | undefined {
  return sqlite.prepare<[], { id: string }>('select id from units limit 1').get()?.id;
}

export const unitEffects: { 'unit.update': MutationEffect<'unit.update'> } = {
  'unit.update': {
    targets: (sqlite) => {
      const id = ownUnitId(sqlite);
      return id === undefined ? [] : [{ table: 'units', rowId: id }];
    },
    before: { units: [...EDITABLE, 'version', 'seq'] },
    apply: (sqlite, args, env) => {
      const id = ownUnitId(sqlite);
      if (id === undefined) return 0;
      const changes = Object.fromEntries(
        Object.entries(args.changes).filter(([, value]) => value !== undefined),
      );
      return updateAtVersion(sqlite, 'units', id, env.baseVersion, changes as Record<string, string>);
    },
  },
};
