import { hashAnswer } from '../../src-server/auth/captcha.ts';
import type { ServerContext } from '../../src-server/context.ts';

/**
 * Makes every captcha issued so far answerable with `answer`, so that a test can log in through the
 * real client or UI without reading the image. Only touches the test server's database.
 */
export async function answerAllCaptchasWith(context: ServerContext, answer: string): Promise<void> {
  const rows = await context.db.selectFrom('captchas').select('id').execute();
  for (const { id } of rows) {
    await context.db
      .updateTable('captchas')
      .set({ answer_hash: hashAnswer(id, answer) })
      .where('id', '=', id)
      .execute();
  }
}
