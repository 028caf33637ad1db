import { dictionaries } from '../../src-shared/domain/code-lists.ts';
import type { NewRow } from '../db/schema.ts';
import { randomName } from './chinese-names.ts';
import type { Prng } from './prng.ts';
import { isoTime } from './seed-calendar.ts';

/** One HR administrator per 同级人社部门, with the user name `hr` + region code (hr410100). */
export function hrAdminRows(rng: Prng, passwordHash: string): NewRow<'hr_admins'>[] {
  return dictionaries.hrDepartments.map((department) => ({
    id: rng.uuid(),
    hr_department_code: department.code,
    username: `hr${department.code.slice(2)}`,
    name: randomName(rng, rng.chance(0.5) ? 'male' : 'female').name,
    password_hash: passwordHash,
    created_at: isoTime(Date.UTC(2019, 0, 2, 1, 0, 0)),
  }));
}
