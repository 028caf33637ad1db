import { createTransport } from 'nodemailer';
import type { OutgoingMail } from './outbox.ts';

/** What the mail worker needs from a mail server; tests and other transports implement the same. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * An SMTP transport from a URL such as `smtp://user:pass@host:587` or `smtps://host:465`. Timeouts
 * are short so that an unreachable server makes a delivery fail and be retried, not hang the worker.
 */
export function createSmtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = createTransport(
    { url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
    { from },
  );
  return {
    async send(mail) {
      await transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transporter.close(),
  };
}
