const MOBILE_PHONE = /^1[3-9]\d{9}$/;
const EMAIL =
  /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** Mainland China mobile numbers: 11 digits starting 13-19; a +86 or 86 prefix is accepted. */
export function normalizeMobilePhone(input: string): string | null {
  const digits = input
    .trim()
    .replace(/[\s-]/g, '')
    .replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return MOBILE_PHONE.test(digits) ? digits : null;
}

export function isMobilePhone(input: string): boolean {
  return normalizeMobilePhone(input) !== null;
}

export function isEmail(input: string): boolean {
  const value = input.trim();
  if (value.length > 254) return false;
  const local = value.split('@')[0] ?? '';
  return (
    local.length <= 64 &&
    !local.startsWith('.') &&
    !local.endsWith('.') &&
    !local.includes('..') &&
    EMAIL.test(value)
  );
}

/** A unit's contact number: a landline with its area code (and maybe an extension), or a mobile. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export function isContactPhone(input: string): boolean {
  const value = input.trim();
  return LANDLINE.test(value) || isMobilePhone(value);
}
