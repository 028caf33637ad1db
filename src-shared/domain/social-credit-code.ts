/**
 * Unified social credit code (GB 32100-2015): 18 characters from an alphabet without I, O, S, V, Z;
 * the last one is a check character computed modulo 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Registration authority and organisation type, from the first two characters. */
const CATEGORIES: Record<string, string> = {
  '11': '机关',
  '12': '事业单位',
  '13': '群众团体',
  '19': '其他（机构编制）',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他（民政）',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
};

export type SocialCreditCodeCheck =
  | { ok: true; value: string; regionCode: string; organizationCode: string; category: string | null }
  | { ok: false; reason: 'format' | 'checksum'; message: string };

export function socialCreditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * Some codes really issued fail the checksum; callers that allow an administrator override
 * distinguish `reason: 'checksum'` from a malformed code.
 */
export function checkSocialCreditCode(input: string): SocialCreditCodeCheck {
  const value = input.trim().toUpperCase();
  if (value.length !== 18 || [...value].some((c) => !ALPHABET.includes(c))) {
    return {
      ok: false,
      reason: 'format',
      message: '统一社会信用代码应为18位，由数字和大写字母组成（不含 I、O、S、V、Z）',
    };
  }
  if (socialCreditCodeCheckCharacter(value.slice(0, 17)) !== value[17]) {
    return { ok: false, reason: 'checksum', message: '统一社会信用代码校验位错误，请核对' };
  }
  return {
    ok: true,
    value,
    regionCode: value.slice(2, 8),
    organizationCode: value.slice(8, 17),
    category: CATEGORIES[value.slice(0, 2)] ?? (value[0] === 'Y' ? '其他' : null),
  };
}

export function isSocialCreditCode(input: string): boolean {
  return checkSocialCreditCode(input).ok;
}
