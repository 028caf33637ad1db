/**
 * Organisation code (GB 11714-1997): 8 characters 0-9A-Z (values 0-35) and a check character,
 * shown as XXXXXXXX-X.
 */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY = /^[0-9A-Z]{8}$/;

export type OrganizationCodeCheck =
  | { ok: true; value: string; display: string }
  | { ok: false; reason: 'format' | 'checksum'; message: string };

export function organizationCodeCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body[i]!, 36) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Accepts the code with or without the hyphen; `value` is the 9-character canonical form. */
export function checkOrganizationCode(input: string): OrganizationCodeCheck {
  const value = input.trim().toUpperCase().replace('-', '');
  if (value.length !== 9 || !BODY.test(value.slice(0, 8)) || !/^[0-9X]$/.test(value[8]!)) {
    return {
      ok: false,
      reason: 'format',
      message: '组织机构代码应为8位数字或大写字母加1位校验码，如 12345678-9',
    };
  }
  if (organizationCodeCheckCharacter(value.slice(0, 8)) !== value[8]) {
    return { ok: false, reason: 'checksum', message: '组织机构代码校验码错误，请核对' };
  }
  return { ok: true, value, display: `${value.slice(0, 8)}-${value[8]}` };
}

export function isOrganizationCode(input: string): boolean {
  return checkOrganizationCode(input).ok;
}
