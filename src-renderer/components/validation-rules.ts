/*
 * antd Form rules built on the shared validators, so that forms check as the user types exactly as
 * the core and the server will.
 *
 *   <Form.Item name="idNumber" label="身份证号码" rules={[required('请输入身份证号码'), residentIdRule]}>
 *
 * Empty values pass these rules: pair them with `required` where the field must be filled.
 */
import type { FormRule } from 'antd';
import { isEmail, isMobilePhone } from '../../src-shared/domain/contact.ts';
import { checkResidentId } from '../../src-shared/domain/resident-id.ts';
import { checkUnitCode } from '../../src-shared/domain/unit-code.ts';

type Check = (value: string) => string | null;

function ruleOf(check: Check): FormRule {
  return {
    validator: (_, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : '';
      const problem = text === '' ? null : check(text);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

export const required = (message: string): FormRule => ({ required: true, whitespace: true, message });

export const residentIdRule = ruleOf((value) => {
  const check = checkResidentId(value);
  return check.ok ? null : check.message;
});

export const unitCodeRule = ruleOf((value) => {
  const check = checkUnitCode(value);
  return check.ok ? null : check.message;
});

export const mobilePhoneRule = ruleOf((value) => (isMobilePhone(value) ? null : '请输入有效的手机号码'));

export const emailRule = ruleOf((value) => (isEmail(value) ? null : '请输入有效的电子邮箱'));

/** The server's password policy: 8 to 64 characters with letters and digits. */
export const newPasswordRule = ruleOf((value) => {
  if (value.length < 8 || value.length > 64) return '密码长度须为 8 到 64 位';
  return /[A-Za-z]/.test(value) && /\d/.test(value) ? null : '密码须同时包含字母和数字';
});

/** At most `max` characters, counting a rare character outside the BMP (𠮷) as one. */
export const maxCharacters = (max: number, label: string): FormRule =>
  ruleOf((value) => ([...value].length > max ? `${label}最多 ${max} 字` : null));
