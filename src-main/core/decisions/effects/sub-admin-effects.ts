import type { MutationArgs } from '../../../../src-shared/contract/sync.ts';
import type { MutationEffect } from './effect.ts';
import { deleteAtVersion, insertIfAbsent, updateAtVersion, type ColumnValues } from './row-effects.ts';

type SubAdminName = 'subAdmins.create' | 'subAdmins.update' | 'subAdmins.delete';

const admin = (args: { adminId: string }) => [{ table: 'unit_admins' as const, rowId: args.adminId }];
const permissionsJson = (permissions: readonly string[]) => JSON.stringify([...new Set(permissions)]);

function updatedColumns(args: MutationArgs<'subAdmins.update'>): ColumnValues {
  const values: ColumnValues = {};
  if (args.name !== undefined) values.name = args.name;
  if (args.phone !== undefined) values.phone = args.phone;
  if (args.email !== undefined) values.email = args.email;
  if (args.permissions !== undefined) values.permissions = permissionsJson(args.permissions);
  if (args.status !== undefined) values.status = args.status;
  return values;
}

export const subAdminEffects: { [N in SubAdminName]: MutationEffect<N> } = {
  'subAdmins.create': {
    targets: (_sqlite, args) => admin(args),
    before: { unit_admins: 'none' },
    apply: (sqlite, args) =>
      insertIfAbsent(sqlite, 'unit_admins', {
        id: args.adminId,
        id_number: args.idNumber,
        name: args.name,
        phone: args.phone,
        email: args.email,
        role: 'sub',
        permissions: permissionsJson(args.permissions),
        status: 'active',
        version: 1,
      }),
  },
  'subAdmins.update': {
    targets: (_sqlite, args) => admin(args),
    before: { unit_admins: ['name', 'phone', 'email', 'permissions', 'status', 'version', 'seq'] },
    apply: (sqlite, args, env) =>
      updateAtVersion(sqlite, 'unit_admins', args.adminId, env.baseVersion, updatedColumns(args)),
  },
  'subAdmins.delete': {
    targets: (_sqlite, args) => admin(args),
    before: { unit_admins: 'row' },
    apply: (sqlite, args, env) => deleteAtVersion(sqlite, 'unit_admins', args.adminId, env.baseVersion),
  },
};
