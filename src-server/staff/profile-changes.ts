import { z } from 'zod';
import { isCode, type DictionaryName } from '../../src-shared/domain/code-lists.ts';
import { isEmail, normalizeMobilePhone } from '../../src-shared/domain/contact.ts';
import { countCharacters } from '../../src-shared/domain/declaration-rules.ts';
import { HttpError, parseInput } from '../http/http-error.ts';
import { hasControlCharacters, isRowId } from './safe-text.ts';

/** 工作单位、姓名、身份证号 never change after registration (user guide, 个人基本信息维护). */
const LOCKED_FIELDS: Record<string, string> = { idNumber: '身份证号码', name: '姓名', unitId: '工作单位' };

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .refine((value) => countCharacters(value) <= max, `${label}不能超过 ${max} 个字`)
    .refine((value) => !hasControlCharacters(value), `${label}含有无效字符`);

const text = (label: string, max: number) =>
  optionalText(label, max).refine((value) => value.length > 0, `请填写${label}`);

const code = (dictionary: DictionaryName, label: string) =>
  z.string().refine((value) => isCode(dictionary, value), `${label}不在可选范围内`);

/** Registration leaves education and title level optional, so an empty value clears them. */
const optionalCode = (dictionary: DictionaryName, label: string) =>
  z.string().refine((value) => value === '' || isCode(dictionary, value), `${label}不在可选范围内`);

function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
}

const birthDate = (today: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '出生日期须为 YYYY-MM-DD 格式')
    .refine(isCalendarDate, '出生日期不是有效日期')
    .refine((value) => value >= '1900-01-01' && value <= today, '出生日期不在有效范围内');

const phone = z
  .string()
  .max(30, '手机号码格式不正确')
  .transform((value, ctx) => {
    const normalized = normalizeMobilePhone(value);
    if (normalized === null) ctx.addIssue({ code: 'custom', message: '手机号码格式不正确' });
    return normalized ?? value;
  });

const email = z
  .string()
  .trim()
  .refine((value) => isEmail(value), '电子邮箱格式不正确');

function profileChangesSchema(today: string) {
  return z
    .object({
      departmentId: z.string().refine(isRowId, '所属部门不存在或不属于本单位'),
      gender: code('genders', '性别'),
      birthDate: birthDate(today),
      ethnicity: code('ethnicities', '民族'),
      nativePlace: text('籍贯', 50),
      school: text('毕业院校', 100),
      major: text('所学专业', 100),
      education: optionalCode('educations', '学历'),
      titleLevel: optionalCode('titleLevels', '职称级别'),
      titleName: optionalText('职称名称', 50),
      phone,
      email,
    })
    .partial()
    .strict()
    .refine((changes) => Object.keys(changes).length > 0, '请至少修改一项个人信息');
}

export type ProfileChanges = z.output<ReturnType<typeof profileChangesSchema>>;

/** A locked field in the body is refused by name, even with its current value: the form must omit it. */
function refuseLockedFields(body: unknown): void {
  if (typeof body !== 'object' || body === null) return;
  const fields = Object.keys(LOCKED_FIELDS)
    .filter((field) => Object.hasOwn(body, field))
    .map((field) => ({ field, message: `${LOCKED_FIELDS[field]}注册后不允许修改` }));
  if (fields.length === 0) return;
  const summary = fields.map(({ field, message }) => `${field}：${message}`).join('；');
  throw new HttpError(400, 'LOCKED_FIELD', `参数无效：${summary}`, fields);
}

/** Validates a PUT /me body; `today` (YYYY-MM-DD, China time) bounds the birth date. */
export function parseProfileChanges(body: unknown, today: string): ProfileChanges {
  refuseLockedFields(body);
  return parseInput(profileChangesSchema(today), body);
}
