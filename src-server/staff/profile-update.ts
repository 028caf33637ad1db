import type { Kysely } from 'kysely';
import type { ServerContext } from '../context.ts';
import type { Row, RowUpdate, ServerDatabase, StaffTable } from '../db/schema.ts';
import { allocateSeq } from '../db/sequence.ts';
import { fieldError } from '../http/http-error.ts';
import { chinaDate } from './china-time.ts';
import { parseProfileChanges, type ProfileChanges } from './profile-changes.ts';
import { loadProfile, type StaffProfile } from './profile-view.ts';
import type { StaffCaller } from './staff-caller.ts';

const COLUMNS = {
  departmentId: 'department_id',
  gender: 'gender',
  birthDate: 'birth_date',
  ethnicity: 'ethnicity',
  nativePlace: 'native_place',
  school: 'school',
  major: 'major',
  education: 'education',
  titleLevel: 'title_level',
  titleName: 'title_name',
  phone: 'phone',
  email: 'email',
} as const satisfies Record<keyof ProfileChanges, keyof StaffTable>;

/** Only the values that differ from the row: an unchanged form saves nothing and syncs nothing. */
function changedColumns(current: Row<'staff'>, changes: ProfileChanges): RowUpdate<'staff'> {
  const update: Record<string, string> = {};
  for (const [key, column] of Object.entries(COLUMNS)) {
    const value = changes[key as keyof ProfileChanges];
    if (value !== undefined && value !== current[column]) update[column] = value;
  }
  return update;
}

/** Staff may move between departments of their own unit, never into another unit's or a deleted one. */
async function requireOwnDepartment(
  db: Kysely<ServerDatabase>,
  unitId: string,
  departmentId: string,
): Promise<void> {
  const department = await db
    .selectFrom('departments')
    .select('id')
    .where('id', '=', departmentId)
    .where('unit_id', '=', unitId)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!department) throw fieldError('departmentId', '所属部门不存在或不属于本单位');
}

/** PUT /me: saves the editable profile fields; a real change gets a new `seq` and `version`. */
export async function updateProfile(
  context: ServerContext,
  caller: StaffCaller,
  body: unknown,
): Promise<StaffProfile> {
  const changes = parseProfileChanges(body, chinaDate(context.now()));
  await context.db.transaction().execute(async (trx) => {
    if (changes.departmentId !== undefined) {
      await requireOwnDepartment(trx, caller.unitId, changes.departmentId);
    }
    const current = await trx
      .selectFrom('staff')
      .selectAll()
      .where('id', '=', caller.staffId)
      .executeTakeFirstOrThrow();
    const update = changedColumns(current, changes);
    if (Object.keys(update).length === 0) return;
    const seq = await allocateSeq(trx);
    await trx
      .updateTable('staff')
      .set((eb) => ({ ...update, version: eb('version', '+', 1), seq }))
      .where('id', '=', caller.staffId)
      .execute();
  });
  return loadProfile(context.db, caller.staffId);
}
