/**
 * Resident identity card number (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence (odd = male) and a check character computed modulo 11.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const FORMAT = /^\d{17}[\dX]$/;

/** Province-level prefixes in use, including 71/81/82/83 for Taiwan, Hong Kong and Macao residents. */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

export type ResidentIdCheck =
  | { ok: true; value: string; birthDate: string; gender: 'male' | 'female'; addressCode: string }
  | { ok: false; reason: 'format' | 'province' | 'birthDate' | 'checksum'; message: string };

export function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Accepts a lowercase x and surrounding spaces, and returns the canonical form on success. */
export function checkResidentId(input: string, today: Date = new Date()): ResidentIdCheck {
  const value = input.trim().toUpperCase();
  if (!FORMAT.test(value)) {
    return { ok: false, reason: 'format', message: '身份证号码应为18位，前17位为数字，最后一位为数字或X' };
  }
  if (!PROVINCE_PREFIXES.has(value.slice(0, 2))) {
    return { ok: false, reason: 'province', message: '身份证号码的省份代码无效' };
  }
  const birthDate = parseBirthDate(value.slice(6, 14), today);
  if (!birthDate) {
    return { ok: false, reason: 'birthDate', message: '身份证号码中的出生日期无效' };
  }
  if (residentIdCheckCharacter(value.slice(0, 17)) !== value[17]) {
    return { ok: false, reason: 'checksum', message: '身份证号码校验位错误，请核对' };
  }
  const sequence = Number(value.slice(14, 17));
  return {
    ok: true,
    value,
    birthDate,
    gender: sequence % 2 === 1 ? 'male' : 'female',
    addressCode: value.slice(0, 6),
  };
}

export function isResidentId(input: string, today?: Date): boolean {
  return checkResidentId(input, today).ok;
}

/** Shows the first 6 and last 4 characters, as printed on certificates and lists. */
export function maskResidentId(value: string): string {
  if (value.length < 10) return value;
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

function parseBirthDate(digits: string, today: Date): string | null {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (year < 1880) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real) return null;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (date.getTime() > todayUtc) return null;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}
