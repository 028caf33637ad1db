import { checkOrganizationCode } from './organization-code.ts';
import { checkSocialCreditCode } from './social-credit-code.ts';

export type UnitCodeCheck =
  | { ok: true; kind: 'socialCreditCode' | 'organizationCode'; value: string }
  | { ok: false; reason: 'format' | 'checksum'; message: string };

/** A unit registers with either its unified social credit code or its old organisation code. */
export function checkUnitCode(input: string): UnitCodeCheck {
  const compact = input.trim().toUpperCase().replace('-', '');
  if (compact.length === 18) {
    const check = checkSocialCreditCode(compact);
    return check.ok ? { ok: true, kind: 'socialCreditCode', value: check.value } : check;
  }
  if (compact.length === 9) {
    const check = checkOrganizationCode(compact);
    return check.ok ? { ok: true, kind: 'organizationCode', value: check.value } : check;
  }
  return {
    ok: false,
    reason: 'format',
    message: '请输入18位统一社会信用代码或9位组织机构代码',
  };
}
