const MIN_LENGTH = 8;
const MAX_LENGTH = 64;

/**
 * A password of 8 to 64 characters with at least one letter and one digit; the problem in Chinese,
 * or undefined when it is acceptable.
 */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_LENGTH || length > MAX_LENGTH) return `密码长度须为 ${MIN_LENGTH} 到 ${MAX_LENGTH} 位`;
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码须同时包含字母和数字';
  return undefined;
}
