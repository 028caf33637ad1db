import { randomBytes } from 'node:crypto';

/** 32 letters and digits that cannot be mistaken for each other when typed from paper (no I, O, 0, 1). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 16;

/** A random verification code: 16 characters of 32, 80 bits, so codes cannot be guessed or enumerated. */
export function newVerificationCode(): string {
  const bytes = randomBytes(LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code;
}
