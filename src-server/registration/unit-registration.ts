import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkUnitCode } from '../../src-shared/domain/unit-code.ts';
import { unitPermissionCodes } from '../../src-shared/domain/unit-permissions.ts';
import { hashPassword } from '../auth/passwords.ts';
import { storeAttachment } from '../attachments/store.ts';
import type { ServerContext } from '../context.ts';
import { allocateSeq } from '../db/sequence.ts';
import { fieldError, HttpError, parseInput } from '../http/http-error.ts';
import {
  contactPhone,
  dictionaryCode,
  email,
  mobilePhone,
  newPassword,
  requiredText,
  residentId,
} from './fields.ts';
import type { MultipartForm } from './read-multipart.ts';
import { jsonField } from './read-multipart.ts';
import { isUniqueViolation } from './unique-violation.ts';
import { liveUnitsWithCode } from './unit-code-lookup.ts';

export const unitCode = z.string({ error: '请填写单位代码' }).transform((value, ctx) => {
  const check = checkUnitCode(value);
  if (check.ok) return check;
  ctx.addIssue({ code: 'custom', message: check.message });
  return z.NEVER;
});

/** The three steps of the user guide's unit registration, submitted at once. */
function unitRegistrationSchema(today: Date) {
  return z
    .object({
      code: unitCode,
      name: requiredText('单位名称', 100),
      regionCode: dictionaryCode('regions', '所属区域'),
      natureCode: dictionaryCode('unitNatures', '单位性质'),
      competentDepartment: requiredText('行业主管部门', 100),
      hrDepartmentCode: dictionaryCode('hrDepartments', '同级人社部门'),
      affiliationCode: dictionaryCode('affiliations', '单位隶属关系'),
      levelCode: dictionaryCode('unitLevels', '单位级别'),
      industryCode: dictionaryCode('industries', '单位所属行业'),
      address: requiredText('单位地址', 200),
      contactName: requiredText('联系人', 50),
      contactPhone,
      applicant: z
        .object(
          {
            idNumber: residentId(today),
            name: requiredText('姓名', 50),
            password: newPassword,
            phone: mobilePhone,
            email,
          },
          { error: '请填写申请人信息' },
        )
        .strict(),
    })
    .strict();
}

type UnitRegistration = z.output<ReturnType<typeof unitRegistrationSchema>>;

export interface UnitRegistered {
  unitId: string;
  status: 'pending';
  message: string;
}

const SCAN_KINDS = ['jpg', 'png', 'pdf'] as const;

const unitExists = () =>
  new HttpError(409, 'UNIT_EXISTS', '该单位代码已注册，请勿重复注册；如有疑问请联系同级人社部门');

/**
 * Registers a unit, pending its HR department's approval; the applicant becomes its main
 * administrator. The scan is checked by its content inside the transaction, so a refused scan leaves
 * no unit behind.
 */
export async function registerUnit(context: ServerContext, form: MultipartForm): Promise<UnitRegistered> {
  const input = parseInput(unitRegistrationSchema(context.now()), jsonField(form, 'data', '注册信息'));
  const scan = form.file;
  if (!scan || scan.field !== 'scan') throw fieldError('scan', '请上传组织机构代码证或营业执照扫描件');
  // Hashing takes a tenth of a second: done before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(input.applicant.password);
  try {
    const unitId = await context.db.transaction().execute(async (trx) => {
      if (await liveUnitsWithCode(trx, input.code).executeTakeFirst()) throw unitExists();
      return insertUnit({ ...context, db: trx }, input, scan, passwordHash);
    });
    return { unitId, status: 'pending', message: '您已完成单位注册，请耐心等待所属人社部门审批' };
  } catch (error) {
    throw isUniqueViolation(error) ? unitExists() : error;
  }
}

async function insertUnit(
  context: ServerContext,
  input: UnitRegistration,
  scan: NonNullable<MultipartForm['file']>,
  passwordHash: string,
): Promise<string> {
  const now = context.now();
  const unitId = randomUUID();
  const adminId = randomUUID();
  const attachment = await storeAttachment(context.db, {
    field: 'scan',
    fileName: scan.fileName,
    content: scan.content,
    allowed: SCAN_KINDS,
    unitId,
    uploadedBy: adminId,
    now,
  });
  // Allocated last: the counter row stays locked until commit, so nothing slow may follow.
  const seq = await allocateSeq(context.db, 2);
  await context.db
    .insertInto('units')
    .values({
      id: unitId,
      code: input.code.value,
      code_kind: input.code.kind,
      name: input.name,
      region_code: input.regionCode,
      nature_code: input.natureCode,
      competent_department: input.competentDepartment,
      hr_department_code: input.hrDepartmentCode,
      affiliation_code: input.affiliationCode,
      level_code: input.levelCode,
      industry_code: input.industryCode,
      address: input.address,
      contact_name: input.contactName,
      contact_phone: input.contactPhone,
      status: 'pending',
      reject_reason: null,
      scan_attachment_id: attachment.id,
      registered_at: now.toISOString(),
      decided_at: null,
      version: 1,
      seq,
    })
    .execute();
  await context.db
    .insertInto('unit_admins')
    .values({
      id: adminId,
      unit_id: unitId,
      id_number: input.applicant.idNumber,
      name: input.applicant.name,
      phone: input.applicant.phone,
      email: input.applicant.email,
      password_hash: passwordHash,
      role: 'admin',
      permissions: JSON.stringify(unitPermissionCodes),
      status: 'active',
      created_at: now.toISOString(),
      deleted: 0,
      version: 1,
      seq: seq + 1,
    })
    .execute();
  return unitId;
}
