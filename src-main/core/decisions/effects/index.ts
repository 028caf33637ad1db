import { batchEffects } from './batch-effects.ts';
import { certificateEffects } from './certificate-effects.ts';
import { departmentEffects } from './department-effects.ts';
import type { MutationEffects } from './effect.ts';
import { staffEffects } from './staff-effects.ts';
import { subAdminEffects } from './sub-admin-effects.ts';
import { unitDeclarationEffects } from './unit-declaration-effects.ts';
import { unitEffects } from './unit-effects.ts';

export type { DecidedTable, EffectEnv, MutationEffect, Target } from './effect.ts';

/** The optimistic effect of every mutation of the protocol, by name. */
export const mutationEffects: MutationEffects = {
  ...batchEffects,
  ...departmentEffects,
  ...staffEffects,
  ...unitDeclarationEffects,
  ...unitEffects,
  ...subAdminEffects,
  ...certificateEffects,
};
