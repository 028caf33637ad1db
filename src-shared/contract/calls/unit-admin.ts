import { z } from 'zod';
import { isCode, type DictionaryName } from '../../domain/code-lists.ts';
import { isEmail, isMobilePhone } from '../../domain/contact.ts';
import { newPasswordSchema } from '../../domain/password.ts';
import { checkResidentId } from '../../domain/resident-id.ts';
import { unitPermissionCodes } from '../../domain/unit-permissions.ts';
import { creationSchema, decisionSchema, doneSchema, noArguments, uuidSchema } from './common.ts';

const code = (dictionary: DictionaryName, message: string) =>
  z.string().refine((value) => isCode(dictionary, value), message);

// 单位信息管理

export const unitInfoSchema = z.object({
  id: z.string(),
  code: z.string(),
  codeKind: z.string(),
  name: z.string(),
  regionCode: z.string(),
  natureCode: z.string(),
  competentDepartment: z.string(),
  hrDepartmentCode: z.string(),
  affiliationCode: z.string(),
  levelCode: z.string(),
  industryCode: z.string(),
  address: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  status: z.string(),
  version: z.number().int(),
  /** An edit waits to be sent (待同步). */
  waiting: z.boolean(),
});
export type UnitInfo = z.infer<typeof unitInfoSchema>;

/** What may be edited: the code, region and HR department are fixed. */
export const unitChangesSchema = z
  .object({
    name: z.string().trim().min(2, '单位名称至少 2 个字').max(100, '单位名称最多 100 字'),
    competentDepartment: z.string().trim().max(100, '行业主管部门最多 100 字'),
    address: z.string().trim().max(200, '地址最多 200 字'),
    contactName: z.string().trim().max(50, '联系人最多 50 字'),
    contactPhone: z.string().trim().max(30, '联系电话过长'),
    natureCode: code('unitNatures', '请选择单位性质'),
    affiliationCode: code('affiliations', '请选择隶属关系'),
    levelCode: code('unitLevels', '请选择单位级别'),
    industryCode: code('industries', '请选择所属行业'),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, '至少修改一项');
export type UnitChanges = z.output<typeof unitChangesSchema>;

export const unitUpdateInputSchema = z.object({ changes: unitChangesSchema }).strict();

// 个人基本信息维护, 修改密码

const permissions = z.array(z.enum(unitPermissionCodes, { error: '权限无效' }));

export const adminSchema = z.object({
  id: z.string(),
  idNumber: z.string(),
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'sub']),
  permissions,
  status: z.enum(['active', 'disabled']),
  version: z.number().int(),
  waiting: z.boolean(),
});
export type Admin = z.infer<typeof adminSchema>;

export const profileSchema = adminSchema.extend({ unitName: z.string(), unitCode: z.string() });
export type Profile = z.infer<typeof profileSchema>;

/**
 * What an administrator may change about themselves (个人基本信息维护): contact details. The log-in
 * account (ID number), name, unit, role and permissions are fixed here; sending one is refused by name.
 */
const locked = (label: string) => z.never({ error: `${label}不允许修改` }).optional();

export const profileUpdateInputSchema = z
  .object({
    phone: z
      .string({ error: '请输入手机号码' })
      .trim()
      .refine(isMobilePhone, '请输入有效的手机号码')
      .optional(),
    email: z
      .string({ error: '请输入电子邮箱' })
      .trim()
      .max(254, '电子邮箱过长')
      .refine(isEmail, '请输入有效的电子邮箱')
      .optional(),
    idNumber: locked('登录账户（身份证号码）'),
    name: locked('姓名'),
    unitId: locked('所属单位'),
    role: locked('身份'),
    permissions: locked('可用功能'),
  })
  .strict()
  .refine((input) => input.phone !== undefined || input.email !== undefined, '请至少修改一项个人信息');
export type ProfileUpdateInput = z.input<typeof profileUpdateInputSchema>;

const newPassword = newPasswordSchema('请输入新密码');

export const passwordChangeInputSchema = z
  .object({
    oldPassword: z.string({ error: '请输入原密码' }).min(1, '请输入原密码').max(128, '原密码错误'),
    newPassword,
  })
  .strict()
  .refine((input) => input.newPassword !== input.oldPassword, {
    path: ['newPassword'],
    message: '新密码不能与原密码相同',
  });
export type PasswordChangeInput = z.input<typeof passwordChangeInputSchema>;

// 管理人员管理

const personName = z.string({ error: '请输入姓名' }).trim().min(1, '请输入姓名').max(50, '姓名最多 50 字');
const phone = z.string({ error: '请输入手机号码' }).trim().refine(isMobilePhone, '请输入有效的手机号码');
const email = z.string({ error: '请输入电子邮箱' }).trim().max(254).refine(isEmail, '请输入有效的电子邮箱');

export const subAdminCreateInputSchema = z
  .object({
    idNumber: z
      .string({ error: '请输入身份证号码' })
      .trim()
      .superRefine((value, ctx) => {
        const check = checkResidentId(value);
        if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
      }),
    name: personName,
    phone,
    email,
    permissions,
  })
  .strict();
export type SubAdminCreateInput = z.input<typeof subAdminCreateInputSchema>;

export const subAdminUpdateInputSchema = z
  .object({
    adminId: uuidSchema,
    name: personName.optional(),
    phone: phone.optional(),
    email: email.optional(),
    permissions: permissions.optional(),
    status: z.enum(['active', 'disabled'], { error: '状态无效' }).optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 1, '至少修改一项');
export type SubAdminUpdateInput = z.input<typeof subAdminUpdateInputSchema>;

export const unitAdminCalls = {
  /** 单位信息管理: the unit as the cache has it. */
  unitGet: { input: noArguments, output: unitInfoSchema },
  /** Edits the unit's editable fields (decision `unit.update`). */
  unitUpdate: { input: unitUpdateInputSchema, output: decisionSchema },
  /** 个人基本信息维护: the logged-in administrator. */
  profileGet: { input: noArguments, output: profileSchema },
  /** Saves the administrator's own phone and e-mail on the server (online only), then syncs them in. */
  profileUpdate: { input: profileUpdateInputSchema, output: profileSchema },
  /** 修改密码 (online only): old password required. */
  passwordChange: { input: passwordChangeInputSchema, output: doneSchema },
  /** 管理人员管理: the unit's administrators, the main one first. */
  subAdminsList: { input: noArguments, output: z.array(adminSchema) },
  /** Main administrator only (decision `subAdmins.create`); the server e-mails a temporary password. */
  subAdminsCreate: { input: subAdminCreateInputSchema, output: creationSchema },
  subAdminsUpdate: { input: subAdminUpdateInputSchema, output: decisionSchema },
  subAdminsDelete: { input: z.object({ adminId: uuidSchema }).strict(), output: decisionSchema },
} as const;
