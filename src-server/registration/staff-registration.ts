import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { isCode } from '../../src-shared/domain/code-lists.ts';
import { checkResidentId } from '../../src-shared/domain/resident-id.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { ServerContext } from '../context.ts';
import { allocateSeq } from '../db/sequence.ts';
import { fieldError, HttpError, parseInput } from '../http/http-error.ts';
import {
  dictionaryCode,
  email,
  mobilePhone,
  newPassword,
  optionalDictionaryCode,
  optionalText,
  requiredText,
  residentId,
} from './fields.ts';
import { isUniqueViolation } from './unique-violation.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const choice = (label: string) =>
  z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .max(64, `请选择有效的${label}`);

/** The user guide's staff registration: account information, then personal information. */
function staffRegistrationSchema(today: Date) {
  return z
    .object({
      idNumber: residentId(today),
      password: newPassword,
      phone: mobilePhone,
      email,
      unitId: choice('所属法人单位'),
      departmentId: choice('所属部门'),
      name: requiredText('姓名', 50),
      gender: dictionaryCode('genders', '性别'),
      birthDate: z.string({ error: '请填写出生日期' }).regex(DATE, '出生日期格式应为 YYYY-MM-DD'),
      ethnicity: dictionaryCode('ethnicities', '民族'),
      nativePlace: requiredText('籍贯', 50),
      school: requiredText('毕业院校', 100),
      major: requiredText('所学专业', 100),
      education: optionalDictionaryCode('educations', '学历'),
      titleLevel: optionalDictionaryCode('titleLevels', '职称级别'),
      titleName: optionalText('职称名称', 50),
    })
    .strict()
    .superRefine((input, ctx) => {
      // Runs even when fields failed their own checks; compare only what is itself valid.
      const id = typeof input.idNumber === 'string' ? checkResidentId(input.idNumber, today) : null;
      if (!id?.ok) return;
      // The ID number encodes both; a mismatch is a typo in one of them.
      if (DATE.test(input.birthDate) && input.birthDate !== id.birthDate) {
        ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期与身份证号码不一致' });
      }
      if (isCode('genders', input.gender) && input.gender !== (id.gender === 'male' ? '1' : '2')) {
        ctx.addIssue({ code: 'custom', path: ['gender'], message: '性别与身份证号码不一致' });
      }
    });
}

type StaffRegistration = z.output<ReturnType<typeof staffRegistrationSchema>>;

export interface StaffRegistered {
  staffId: string;
  status: 'pending';
  message: string;
}

const alreadyRegistered = () =>
  new HttpError(409, 'ALREADY_REGISTERED', '该身份证号码已注册或正在审核中；如所选单位有误，请先撤回申请');

/** Registers a person with an approved unit, pending the unit's approval. */
export async function registerStaff(context: ServerContext, body: unknown): Promise<StaffRegistered> {
  const input = parseInput(staffRegistrationSchema(context.now()), body);
  // Hashing takes a tenth of a second: done before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(input.password);
  try {
    const staffId = await context.db.transaction().execute(async (trx) => {
      const scoped = { ...context, db: trx };
      await assertPlacement(scoped, input);
      await assertNotRegistered(scoped, input.idNumber);
      return insertStaff(scoped, input, passwordHash);
    });
    return { staffId, status: 'pending', message: '您已完成专技人员注册，请耐心等待所属单位审批' };
  } catch (error) {
    throw isUniqueViolation(error) ? alreadyRegistered() : error;
  }
}

/** The unit must be approved and the department one of its live departments. */
async function assertPlacement(context: ServerContext, input: StaffRegistration): Promise<void> {
  const unit = await context.db
    .selectFrom('units')
    .select('id')
    .where('id', '=', input.unitId)
    .where('status', '=', 'approved')
    .executeTakeFirst();
  if (!unit) throw fieldError('unitId', '所选法人单位不存在或尚未通过审核');
  const department = await context.db
    .selectFrom('departments')
    .select('id')
    .where('id', '=', input.departmentId)
    .where('unit_id', '=', unit.id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  if (!department) throw fieldError('departmentId', '所选部门不属于所选法人单位');
}

async function assertNotRegistered(context: ServerContext, idNumber: string): Promise<void> {
  const live = await context.db
    .selectFrom('staff')
    .select('id')
    .where('id_number', '=', idNumber)
    .where('status', 'in', ['pending', 'approved'])
    .executeTakeFirst();
  if (live) throw alreadyRegistered();
}

async function insertStaff(
  context: ServerContext,
  input: StaffRegistration,
  passwordHash: string,
): Promise<string> {
  const id = randomUUID();
  await context.db
    .insertInto('staff')
    .values({
      id,
      unit_id: input.unitId,
      department_id: input.departmentId,
      id_number: input.idNumber,
      name: input.name,
      gender: input.gender,
      birth_date: input.birthDate,
      ethnicity: input.ethnicity,
      native_place: input.nativePlace,
      school: input.school,
      major: input.major,
      education: input.education,
      title_level: input.titleLevel,
      title_name: input.titleName,
      phone: input.phone,
      email: input.email,
      password_hash: passwordHash,
      status: 'pending',
      reject_reason: null,
      registered_at: context.now().toISOString(),
      decided_at: null,
      left_at: null,
      version: 1,
      seq: await allocateSeq(context.db),
    })
    .execute();
  return id;
}
