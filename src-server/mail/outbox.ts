import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Queues an e-mail in the same transaction as the change it reports, so that a notification is sent
 * if and only if the change committed; the mail worker delivers and retries.
 */
export async function queueMail(db: Kysely<ServerDatabase>, mail: OutgoingMail, now: Date): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({
      id: randomUUID(),
      recipient: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      status: 'queued',
      attempts: 0,
      next_attempt_at: now.toISOString(),
      last_error: null,
      created_at: now.toISOString(),
      sent_at: null,
    })
    .execute();
}
