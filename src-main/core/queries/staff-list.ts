import type { Kysely } from 'kysely';
import type { RegistrationListArgs, StaffList, StaffListArgs } from '../../../src-shared/contract/queries.ts';
import type { CacheSchema } from '../cache/schema.ts';
import { staffPage } from './staff-page.ts';

/** The staff list (人员管理). */
export function listStaff(db: Kysely<CacheSchema>, args: StaffListArgs): Promise<StaffList> {
  return staffPage(db, args);
}

/** The registrations to review (注册审核): pending people, oldest first unless asked otherwise. */
export function listRegistrations(db: Kysely<CacheSchema>, args: RegistrationListArgs): Promise<StaffList> {
  return staffPage(db, { ...args, status: 'pending', sort: 'registeredAt' });
}
