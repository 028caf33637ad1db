import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decideUnit } from '../../../src-server/hr/decide-unit.ts';
import { createSmtpTransport, type MailTransport } from '../../../src-server/mail/mailer.ts';
import { queueMail } from '../../../src-server/mail/outbox.ts';
import { deliverDueMail, retryDelayMs, startMailWorker } from '../../../src-server/mail/worker.ts';
import { insertUnit, insertUnitAdmin } from '../../support/server-fixtures.ts';
import { startTestServer, testDialects, type TestServer } from '../../support/test-server.ts';

const FROM = '河南省专业技术人员继续教育信息管理系统 <noreply@example.com>';

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that records what it receives and can refuse recipients. */
class TestMailServer {
  readonly received: ReceivedMail[] = [];
  /** How many of the next recipients to refuse, and with which reply code. */
  refusals = 0;
  refusalCode = 451;
  readonly smtp: SMTPServer;

  constructor() {
    this.smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onRcptTo: (_address, _session, callback) => {
        if (this.refusals <= 0) return callback();
        this.refusals--;
        callback(Object.assign(new Error('mailbox busy, try later'), { responseCode: this.refusalCode }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
  }

  listen(): Promise<string> {
    return new Promise((resolve) =>
      this.smtp.listen(0, '127.0.0.1', () => {
        resolve(`smtp://127.0.0.1:${(this.smtp.server.address() as AddressInfo).port}`);
      }),
    );
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.smtp.close(() => resolve()));
  }
}

/** Decodes RFC 2047 encoded words; adjacent words are joined as bytes, as a multi-byte character may span two. */
function decodeHeader(raw: string, name: string): string {
  const match = new RegExp(`^${name}: (.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(raw);
  const value = (match?.[1] ?? '').replace(/\r\n[ \t]/g, ' ');
  return value.replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=\s*)+/g, (run) => {
    const bytes = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, encoding, text]) =>
      encoding!.toUpperCase() === 'B'
        ? Buffer.from(text!, 'base64')
        : quotedPrintable(text!.replace(/_/g, ' ')),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

function quotedPrintable(text: string): Buffer {
  const unfolded = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/i.test(unfolded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unfolded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(unfolded[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

function bodyOf(raw: string): string {
  const split = raw.indexOf('\r\n\r\n');
  const body = raw.slice(split + 4);
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(raw.slice(0, split))?.[1]?.trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(body).toString('utf8');
  return body;
}

describe.each(testDialects)('mail delivery on %s', (dialect) => {
  let server: TestServer;
  let smtp: TestMailServer;
  let transport: MailTransport;

  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    smtp = new TestMailServer();
    transport = createSmtpTransport(await smtp.listen(), FROM);
    await server.context.db.deleteFrom('mail_outbox').execute();
  });
  afterEach(async () => {
    transport.close();
    await smtp.close();
  });

  const outbox = () => server.context.db.selectFrom('mail_outbox').selectAll().execute();
  const queue = (to: string, subject = '单位注册审核通过通知', text = '您好：贵单位已审核通过。') =>
    queueMail(server.context.db, { to, subject, text }, server.context.now());

  it('delivers a due e-mail with its Chinese subject and body, and marks it sent', async () => {
    await queue(
      'hr@example.com',
      '单位注册审核通过通知：郑州市𠮷祥医院',
      '贵单位“郑州市𠮷祥医院”的注册申请已审核通过。',
    );
    expect(await deliverDueMail(server.context, transport)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual(['hr@example.com']);
    expect(mail!.from).toBe('noreply@example.com');
    expect(decodeHeader(mail!.raw, 'Subject')).toBe('单位注册审核通过通知：郑州市𠮷祥医院');
    expect(bodyOf(mail!.raw)).toContain('贵单位“郑州市𠮷祥医院”的注册申请已审核通过。');
    expect(await outbox()).toMatchObject([
      { status: 'sent', attempts: 1, sent_at: server.clock.now.toISOString(), last_error: null },
    ]);
    expect(await deliverDueMail(server.context, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('delivers the notice an HR approval queued', async () => {
    const unit = await insertUnit(server.context, {
      status: 'pending',
      decided_at: null,
      name: '开封市妇幼保健院',
    });
    const admin = await insertUnitAdmin(server.context, unit.id, { email: 'applicant@example.com' });
    await decideUnit(
      server.context,
      unit.id,
      { kind: 'approve' },
      {
        actorKind: 'system',
        actorId: 'test',
        address: '127.0.0.1',
        hrDepartmentCode: null,
      },
    );
    await deliverDueMail(server.context, transport);
    expect(smtp.received.map((m) => m.to)).toEqual([['applicant@example.com']]);
    expect(decodeHeader(smtp.received[0]!.raw, 'Subject')).toBe('单位注册审核通过通知');
    const body = bodyOf(smtp.received[0]!.raw);
    expect(body).toContain(`${admin.name}，您好`);
    expect(body).toContain('开封市妇幼保健院');
  });

  it('retries with backoff after the server refused once', async () => {
    smtp.refusals = 1;
    await queue('busy@example.com');
    expect(await deliverDueMail(server.context, transport)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    const [row] = await outbox();
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    expect(row!.last_error).toContain('451');
    expect(row!.next_attempt_at).toBe(new Date(server.clock.now.getTime() + retryDelayMs(1)).toISOString());

    // Not due yet: nothing is sent before the backoff ends.
    expect(await deliverDueMail(server.context, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    server.clock.advance(retryDelayMs(1));
    expect(await deliverDueMail(server.context, transport)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual([['busy@example.com']]);
    expect(await outbox()).toMatchObject([{ status: 'sent', attempts: 2 }]);
  });

  it('doubles the wait after each failure and gives up after the last attempt', async () => {
    smtp.refusals = 100;
    await queue('never@example.com');
    const delays: number[] = [];
    for (;;) {
      const report = await deliverDueMail(server.context, transport);
      if (report.failed === 1) break;
      expect(report.retrying).toBe(1);
      const [row] = await outbox();
      const delay = Date.parse(row!.next_attempt_at) - server.clock.now.getTime();
      delays.push(delay);
      server.clock.advance(delay);
    }
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 64].map((minutes) => minutes * 60_000));
    expect(await outbox()).toMatchObject([{ status: 'failed', attempts: 8 }]);
    server.clock.advance(24 * 3_600_000);
    expect(await deliverDueMail(server.context, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it('gives up at once on a permanent refusal', async () => {
    smtp.refusals = 1;
    smtp.refusalCode = 550;
    await queue('nobody@example.com');
    expect(await deliverDueMail(server.context, transport)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await outbox()).toMatchObject([{ status: 'failed', attempts: 1 }]);
  });

  it('retries when the mail server is unreachable', async () => {
    const down = new TestMailServer();
    const url = await down.listen();
    await down.close();
    const unreachable = createSmtpTransport(url, FROM);
    await queue('later@example.com');
    expect(await deliverDueMail(server.context, unreachable)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    unreachable.close();
  });

  it('runs in the background until stopped', async () => {
    await queue('worker@example.com');
    const worker = startMailWorker(server.context, transport, { intervalMs: 20 });
    await expect.poll(() => smtp.received.length, { timeout: 5000 }).toBe(1);
    await worker.stop();
    await queue('after-stop@example.com');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(smtp.received).toHaveLength(1);
  });
});
