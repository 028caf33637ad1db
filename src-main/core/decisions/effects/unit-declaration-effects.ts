import type Database from 'better-sqlite3';
import type { MutationArgs } from '../../../../src-shared/contract/sync.ts';
import {
  checkDeclaration,
  type CheckedDeclaration,
} from '../../../../src-shared/domain/declaration-rules.ts';
import { cachedCatalogue, chinaYear } from '../catalogue.ts';
import type { EffectEnv, MutationEffect } from './effect.ts';

type Args = MutationArgs<'unitDeclarations.create'>;

/**
 * The server gives the declarations it creates ids of its own, so the cache shows provisional rows
 * with ids of the decision until the server's rows are pulled (then these are removed).
 */
export const provisionalPrefix = (mutationId: number) => `local:${mutationId}:`;

function checked(sqlite: Database.Database, args: Args, env: EffectEnv): CheckedDeclaration | undefined {
  const check = checkDeclaration(args, {
    currentYear: chinaYear(new Date(env.decidedAt)),
    catalogue: cachedCatalogue(sqlite),
  });
  return check.ok ? check.value : undefined;
}

/** Provisional rows whose person already has the server's declaration of the activity go. */
function dropSuperseded(sqlite: Database.Database, args: Args, prefix: string): number {
  return sqlite
    .prepare(
      `delete from declarations where id in (select ? || value from json_each(?))
         and exists (select 1 from declarations as server
           where server.staff_id = declarations.staff_id and server.activity_id = ? and server.seq > 0)`,
    )
    .run(prefix, JSON.stringify(args.staffIds), args.activityId).changes;
}

/** One approved declaration for each approved person who has none of the activity yet. */
function insertProvisional(sqlite: Database.Database, args: Args, env: EffectEnv, prefix: string): number {
  const declaration = checked(sqlite, args, env);
  if (!declaration) return 0;
  return sqlite
    .prepare(
      `insert into declarations (id, staff_id, type_code, category, year, title, hours, fields, remarks,
         attachment_id, attachment_media_type, attachment_size, status, reject_reason, source,
         activity_id, submitted_at, decided_at, decided_by, version, seq)
       select ? || staff.id, staff.id, ?, ?, ?, ?, ?, ?, ?, null, null, null, 'approved', null, 'unit',
         ?, ?, ?, ?, 1, 0
       from (select distinct value as id from json_each(?)) as chosen
       cross join staff on staff.id = chosen.id
       where staff.status = 'approved' and not exists (
         select 1 from declarations as existing
         where existing.staff_id = staff.id and existing.activity_id = ?)`,
    )
    .run(
      prefix,
      declaration.typeCode,
      declaration.category,
      declaration.year,
      args.title,
      declaration.hours,
      JSON.stringify(declaration.fields),
      declaration.remarks,
      args.activityId,
      env.decidedAt,
      env.decidedAt,
      env.adminId,
      JSON.stringify(args.staffIds),
      args.activityId,
    ).changes;
}

export const unitDeclarationEffects: {
  'unitDeclarations.create': MutationEffect<'unitDeclarations.create'>;
} = {
  'unitDeclarations.create': {
    targets: (_sqlite, args, env) =>
      [...new Set(args.staffIds)].map((staffId) => ({
        table: 'declarations',
        rowId: provisionalPrefix(env.mutationId) + staffId,
      })),
    before: { declarations: 'none' },
    apply: (sqlite, args, env) => {
      const prefix = provisionalPrefix(env.mutationId);
      dropSuperseded(sqlite, args, prefix);
      return insertProvisional(sqlite, args, env, prefix);
    },
  },
};
