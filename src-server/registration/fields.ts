import { z } from 'zod';
import { newPasswordSchema } from '../../src-shared/domain/password.ts';
import { isCode, type DictionaryName } from '../../src-shared/domain/code-lists.ts';
import { isEmail, normalizeMobilePhone } from '../../src-shared/domain/contact.ts';
import { checkResidentId } from '../../src-shared/domain/resident-id.ts';

/**
 * Field rules shared by the registration forms. Lengths count characters, not UTF-16 units, so that a
 * name with rare characters outside the BMP (𠮷) is not cut short.
 */
const characters = (value: string) => [...value].length;

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .refine((value) => characters(value) <= max, `${label}不能超过${max}个字`);
}

export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}格式不正确` })
    .trim()
    .refine((value) => characters(value) <= max, `${label}不能超过${max}个字`)
    .optional()
    .transform((value) => value ?? '');
}

/** A code from one of the dictionaries the forms offer, e.g. `dictionaryCode('regions', '所属区域')`. */
export function dictionaryCode(dictionary: DictionaryName, label: string) {
  return z
    .string({ error: `请选择${label}` })
    .trim()
    .refine((code) => isCode(dictionary, code), `请选择有效的${label}`);
}

export const mobilePhone = z.string({ error: '请填写手机号码' }).transform((value, ctx) => {
  const phone = normalizeMobilePhone(value);
  if (phone) return phone;
  ctx.addIssue({ code: 'custom', message: '请输入11位手机号码' });
  return z.NEVER;
});

/** A unit's contact may be a landline (area code + number, optional extension) or a mobile. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
export const contactPhone = z
  .string({ error: '请填写联系电话' })
  .trim()
  .refine(
    (value) => LANDLINE.test(value) || normalizeMobilePhone(value) !== null,
    '请输入手机号码或带区号的固定电话',
  );

export const email = z.string({ error: '请填写电子邮箱' }).trim().refine(isEmail, '电子邮箱格式不正确');

export const newPassword = newPasswordSchema();

/** A resident ID, turned into its canonical form (upper-case X); `today` rules out future birth dates. */
export function residentId(today: Date) {
  return z.string({ error: '请填写身份证号码' }).transform((value, ctx) => {
    const check = checkResidentId(value, today);
    if (check.ok) return check.value;
    ctx.addIssue({ code: 'custom', message: check.message });
    return z.NEVER;
  });
}

/** An optional choice: forms send an empty string or null for "not chosen". */
export function optionalDictionaryCode(dictionary: DictionaryName, label: string) {
  return z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    dictionaryCode(dictionary, label)
      .optional()
      .transform((code) => code ?? ''),
  );
}
