import { randomInt } from 'node:crypto';

/** No 0/O, 1/l/I: the person types it from an e-mail. */
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const LENGTH = 12;

/** A random one-off password with letters and digits, to be changed after the first log-in. */
export function temporaryPassword(): string {
  const alphabet = LETTERS + DIGITS;
  const characters = Array.from({ length: LENGTH - 2 }, () => alphabet[randomInt(alphabet.length)]);
  characters.push(LETTERS[randomInt(LETTERS.length)], DIGITS[randomInt(DIGITS.length)]);
  return characters.join('');
}
