import { z } from 'zod';
import { isCode, type DictionaryName } from '../../domain/code-lists.ts';
import { isContactPhone, isEmail, isMobilePhone } from '../../domain/contact.ts';
import { newPasswordSchema } from '../../domain/password.ts';
import { checkResidentId } from '../../domain/resident-id.ts';
import { checkUnitCode } from '../../domain/unit-code.ts';

/** The scan of the organisation code certificate or business licence: at most 10 MiB, as the server takes. */
export const REGISTRATION_SCAN_MAX_BYTES = 10 * 1024 * 1024;

const characters = (value: string) => [...value].length;

const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine((value) => characters(value) <= max, `${label}不能超过${max}个字`);

const choice = (dictionary: DictionaryName, label: string) =>
  z.string({ error: `请选择${label}` }).refine((code) => isCode(dictionary, code), `请选择有效的${label}`);

const unitCode = z
  .string({ error: '请输入组织机构代码或统一社会信用代码' })
  .trim()
  .superRefine((value, ctx) => {
    const check = checkUnitCode(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

const residentId = z
  .string({ error: '请填写身份证号码' })
  .trim()
  .superRefine((value, ctx) => {
    const check = checkResidentId(value);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

/** Bytes a base64 text decodes to, without decoding it. */
function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length / 4) * 3 - padding;
}

/** A plain character class with a length check: a grouped pattern overflows the regex stack on 10 MB. */
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/;
const isBase64 = (value: string) => value.length % 4 === 0 && BASE64_CHARACTERS.test(value);

/**
 * The scan's bytes travel as base64 (both transports carry JSON). Its kind is told by its content on
 * the server, never by the name; here only its presence and size are checked.
 */
export const registrationScanSchema = z
  .object(
    {
      fileName: z
        .string({ error: '请上传组织机构代码证或营业执照扫描件' })
        .trim()
        .min(1, '扫描件缺少文件名')
        .refine((name) => characters(name) <= 200, '扫描件文件名不能超过200个字'),
      contentBase64: z
        .string({ error: '请上传组织机构代码证或营业执照扫描件' })
        .min(1, '扫描件为空')
        .max(Math.ceil(REGISTRATION_SCAN_MAX_BYTES / 3) * 4 + 4, '扫描件不能超过 10 MB')
        .refine(isBase64, '扫描件内容编码无效')
        .refine((value) => decodedSize(value) <= REGISTRATION_SCAN_MAX_BYTES, '扫描件不能超过 10 MB'),
    },
    { error: '请上传组织机构代码证或营业执照扫描件' },
  )
  .strict();

/**
 * 单位注册: the user guide's three steps submitted at once — the organisation code and its scan, the
 * unit's basic information, and the applicant's account, who becomes the unit's main administrator.
 * Field names are the server's `/registrations/units` form, so its field messages land on the same
 * form items.
 */
export const unitRegistrationInputSchema = z
  .object({
    code: unitCode,
    name: text('单位名称', 100),
    regionCode: choice('regions', '所属区域'),
    natureCode: choice('unitNatures', '单位性质'),
    competentDepartment: text('行业主管部门', 100),
    hrDepartmentCode: choice('hrDepartments', '同级人社部门'),
    affiliationCode: choice('affiliations', '单位隶属关系'),
    levelCode: choice('unitLevels', '单位级别'),
    industryCode: choice('industries', '单位所属行业'),
    address: text('单位地址', 200),
    contactName: text('联系人', 50),
    contactPhone: z
      .string({ error: '请填写联系电话' })
      .trim()
      .refine(isContactPhone, '请输入手机号码或带区号的固定电话'),
    applicant: z
      .object(
        {
          idNumber: residentId,
          name: text('姓名', 50),
          password: newPasswordSchema(),
          phone: z.string({ error: '请填写手机号码' }).trim().refine(isMobilePhone, '请输入11位手机号码'),
          email: z.string({ error: '请填写电子邮箱' }).trim().refine(isEmail, '电子邮箱格式不正确'),
        },
        { error: '请填写申请人信息' },
      )
      .strict(),
    scan: registrationScanSchema,
  })
  .strict();
export type UnitRegistrationInput = z.input<typeof unitRegistrationInputSchema>;

/** The server's answer: the unit waits for its HR department (the guide's pending message). */
export const unitRegisteredSchema = z.object({
  unitId: z.string(),
  status: z.literal('pending'),
  message: z.string(),
});
export type UnitRegistered = z.infer<typeof unitRegisteredSchema>;

export const registrationCalls = {
  /**
   * Sends a unit registration to the configured server; needs no log-in. Fails with the server's
   * field messages (e.g. `applicant.idNumber`, `scan`), CONFLICT on `code` when the unit is already
   * registered, or UNAVAILABLE when the server cannot be reached.
   */
  unitRegistrationSubmit: { input: unitRegistrationInputSchema, output: unitRegisteredSchema },
} as const;
