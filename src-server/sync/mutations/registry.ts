import type { MutationName } from '../../../src-shared/contract/sync.ts';
import { certificateMutations } from './certificates.ts';
import { declarationMutations } from './declarations.ts';
import { departmentMutations } from './departments.ts';
import { registrationMutations } from './registrations.ts';
import { staffMutations } from './staff.ts';
import { subAdminMutations } from './sub-admins.ts';
import type { MutationHandlers } from './types.ts';
import { unitDeclarationMutations } from './unit-declarations.ts';
import { unitMutations } from './unit.ts';

/** Every mutation of the protocol (`mutationArgsSchemas`), by name. */
export const mutationHandlers: MutationHandlers<MutationName> = {
  ...registrationMutations,
  ...declarationMutations,
  ...departmentMutations,
  ...staffMutations,
  ...unitDeclarationMutations,
  ...unitMutations,
  ...subAdminMutations,
  ...certificateMutations,
};
