import { isoNow, type ServerContext } from '../context.ts';
import type { Row } from '../db/schema.ts';
import type { MailTransport } from './mailer.ts';

/** 1, 2, 4 … minutes between attempts; eight attempts span about four hours before giving up. */
const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const BATCH_SIZE = 20;
/** A row being sent is pushed this far into the future, so that another worker leaves it alone. */
const CLAIM_MS = 5 * 60_000;

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

type Outcome = keyof DeliveryReport;

export function retryDelayMs(attempts: number): number {
  return FIRST_RETRY_MS * 2 ** (attempts - 1);
}

/** Sends the queued e-mails that are due, oldest first, and records each outcome. */
export async function deliverDueMail(
  context: ServerContext,
  transport: MailTransport,
): Promise<DeliveryReport> {
  const due = await context.db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', isoNow(context))
    .orderBy('next_attempt_at')
    .limit(BATCH_SIZE)
    .execute();
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (const mail of due) {
    if (await claim(context, mail)) report[await deliver(context, transport, mail)]++;
  }
  return report;
}

/**
 * Takes a row for this worker only if nobody else did since it was read: several servers may share
 * one PostgreSQL database. If the worker dies mid-send, the row falls due again when the claim ends.
 */
async function claim(context: ServerContext, mail: Row<'mail_outbox'>): Promise<boolean> {
  const claimedUntil = new Date(context.now().getTime() + CLAIM_MS).toISOString();
  const result = await context.db
    .updateTable('mail_outbox')
    .set({ next_attempt_at: claimedUntil })
    .where('id', '=', mail.id)
    .where('status', '=', 'queued')
    .where('next_attempt_at', '=', mail.next_attempt_at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

async function deliver(
  context: ServerContext,
  transport: MailTransport,
  mail: Row<'mail_outbox'>,
): Promise<Outcome> {
  const attempts = mail.attempts + 1;
  try {
    await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.text_body });
  } catch (error) {
    return recordFailure(context, mail.id, attempts, error);
  }
  await context.db
    .updateTable('mail_outbox')
    .set({ status: 'sent', attempts, sent_at: isoNow(context), last_error: null })
    .where('id', '=', mail.id)
    .execute();
  return 'sent';
}

/** A 5xx reply (e.g. no such mailbox) will not get better by waiting; anything else may. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500;
}

async function recordFailure(
  context: ServerContext,
  id: string,
  attempts: number,
  error: unknown,
): Promise<Outcome> {
  const giveUp = attempts >= MAX_ATTEMPTS || isPermanent(error);
  const nextAttemptAt = new Date(context.now().getTime() + retryDelayMs(attempts)).toISOString();
  await context.db
    .updateTable('mail_outbox')
    .set({
      status: giveUp ? 'failed' : 'queued',
      attempts,
      next_attempt_at: nextAttemptAt,
      last_error: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
    })
    .where('id', '=', id)
    .execute();
  return giveUp ? 'failed' : 'retrying';
}

export interface MailWorker {
  /** Stops polling and waits for a delivery in progress to finish. */
  stop(): Promise<void>;
}

export interface MailWorkerOptions {
  intervalMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * Polls the outbox every `intervalMs`. Runs never overlap: the next one is scheduled when the last
 * ends, so a slow mail server can't pile up concurrent deliveries of the same rows.
 */
export function startMailWorker(
  context: ServerContext,
  transport: MailTransport,
  { intervalMs = 30_000, onError = (error) => console.error('mail worker:', error) }: MailWorkerOptions = {},
): MailWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = deliverDueMail(context, transport)
      .then(() => undefined, onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
