import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import svgCaptcha from 'svg-captcha';
import { isoNow, type ServerContext } from '../context.ts';

/** Long enough to read and type the code, short enough that a harvested image goes stale. */
const CAPTCHA_TTL_MS = 5 * 60_000;

export interface IssuedCaptcha {
  captchaId: string;
  svg: string;
  /** The answer; never sent to the client, returned so that tests can solve the captcha in-process. */
  text: string;
}

/** Answers are compared case-insensitively, so the hash is of the lower-cased text, salted with the id. */
export function hashAnswer(captchaId: string, text: string): string {
  return createHash('sha256').update(`${captchaId}:${text.trim().toLowerCase()}`).digest('hex');
}

/** Draws a new captcha; fetching another one is how the user refreshes an unreadable image. */
export async function issueCaptcha(context: ServerContext): Promise<IssuedCaptcha> {
  // Characters that look alike once case is ignored (0/o, 1/l/i) would make a fair answer fail.
  const { data, text } = svgCaptcha.create({
    size: 4,
    noise: 2,
    color: true,
    width: 120,
    height: 40,
    ignoreChars: '0oO1iIlLqg9',
  });
  const captchaId = randomUUID();
  const now = context.now();
  // Purging here keeps the table at about five minutes' worth of images without a separate job.
  await context.db.deleteFrom('captchas').where('expires_at', '<=', now.toISOString()).execute();
  await context.db
    .insertInto('captchas')
    .values({
      id: captchaId,
      answer_hash: hashAnswer(captchaId, text),
      expires_at: new Date(now.getTime() + CAPTCHA_TTL_MS).toISOString(),
    })
    .execute();
  return { captchaId, svg: data, text };
}

/**
 * Checks an answer and deletes the captcha whatever the outcome: each image is good for one attempt,
 * so a bot cannot try many answers against one image.
 */
export async function consumeCaptcha(
  context: ServerContext,
  captchaId: string,
  text: string,
): Promise<boolean> {
  const row = await context.db
    .deleteFrom('captchas')
    .where('id', '=', captchaId)
    .returning(['answer_hash', 'expires_at'])
    .executeTakeFirst();
  if (!row || row.expires_at <= isoNow(context)) return false;
  const expected = Buffer.from(row.answer_hash, 'hex');
  const actual = Buffer.from(hashAnswer(captchaId, text), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
