import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  certificateJobEventSchema,
  type CallInput,
  type CertificateJobEvent,
  type CertificateJobResult,
} from '../../../src-shared/contract/index.ts';
import type { StaffTable } from '../../../src-server/db/schema.ts';
import { spooledDocument } from '../../support/cups-spool.ts';
import { insertDeclaration, insertStaff } from '../../support/server-fixtures.ts';
import { pdfText, UNCOVERED } from '../../unit/core/certificates/support/certificates.ts';
import { cupsPdfQueue, outputOf, pageCount, QUEUE } from '../printing/support/cups.ts';
import { logInOk, seedUnitAccount, startDesk, type Desk, type UnitAccount } from './support/desk.ts';

const YEAR = 2026;
/** Enough people that a batch is still generating when the test cancels it. */
const CROWD = 400;

let desk: Desk;
let account: UnitAccount;
let rare: StaffTable[];
let printed: StaffTable;
let unprinted: StaffTable;
/** A name with a character no font has (CJK Extension G), and someone printed with them. */
let glyphless: StaffTable;
let companion: StaffTable;
let crowd: string[];
const cupsOutputs: string[] = [];

beforeAll(async () => {
  desk = await startDesk();
  const { context } = desk.server;
  account = await seedUnitAccount(desk.server);
  const unitId = account.unit.id;
  rare = [
    await insertStaff(context, unitId, { name: '吉𠮷' }),
    await insertStaff(context, unitId, { name: '王㛃' }),
    await insertStaff(context, unitId, { name: '刘䶮' }),
  ];
  printed = await insertStaff(context, unitId, { name: '张喆' });
  unprinted = await insertStaff(context, unitId, { name: '李堃' });
  glyphless = await insertStaff(context, unitId, { name: `王${UNCOVERED}` });
  companion = await insertStaff(context, unitId, { name: '赵珺' });
  for (const person of [...rare, printed])
    await insertDeclaration(context, person, { status: 'approved', year: YEAR, hours: 30 });
  crowd = [];
  for (let index = 0; index < CROWD; index++)
    crowd.push((await insertStaff(context, unitId, { name: `批量${index}` })).id);
  await logInOk(desk, account);
  await desk.call('syncNow');
}, 120_000);

afterAll(async () => {
  for (const file of cupsOutputs) rmSync(file, { force: true });
  await desk.close();
});

interface Job {
  directory: string | null;
  events: CertificateJobEvent[];
  result: CertificateJobResult;
}

/** Starts a job and follows its events (checked against the contract) until it reports its result. */
async function runJob(
  args: CallInput<'certificatesRun'>,
  whileRunning?: (jobId: string, event: CertificateJobEvent) => void,
): Promise<Job> {
  const events: CertificateJobEvent[] = [];
  let jobId: string | null = null;
  const finished = Promise.withResolvers<CertificateJobResult>();
  const stop = desk.core.onEvent((name, payload) => {
    if (name !== 'certificateJob') return;
    const event = certificateJobEventSchema.parse(payload);
    events.push(event);
    if (jobId === null || event.jobId !== jobId) return;
    if (event.state === 'finished') finished.resolve(event.result);
    else whileRunning?.(jobId, event);
  });
  try {
    const start = await desk.call('certificatesRun', args);
    jobId = start.jobId;
    const early = events.find((event) => event.jobId === jobId && event.state === 'finished');
    if (early?.state === 'finished') finished.resolve(early.result);
    const result = await finished.promise;
    return { directory: start.directory, events: events.filter((event) => event.jobId === jobId), result };
  } finally {
    stop();
  }
}

async function certificateOf(staffId: string) {
  const people = await desk.call('certificatesPeople', { year: YEAR, staffIds: [staffId] });
  return people.rows[0]!.certificate;
}

const waiting = async () => (await desk.call('syncState'))!.waiting;

/** Certificates of these people on the server once everything waiting has been pushed. */
async function recordedOnServer(staffIds: string[]): Promise<number> {
  await desk.call('syncNow');
  expect(await waiting()).toBe(0);
  const rows = await desk.server.context.db
    .selectFrom('certificates')
    .select('id')
    .where('staff_id', 'in', staffIds)
    .execute();
  return rows.length;
}

describe('certificate jobs in the core worker', () => {
  it('lists the local printers', async () => {
    const printers = await desk.call('printersList');
    if (cupsPdfQueue())
      expect(printers).toContainEqual({ name: QUEUE, isDefault: expect.any(Boolean), ready: true });
  });

  it('previews a person certificate with their real data, and a sample without one', async () => {
    const person = await desk.call('certificatesPreview', { year: YEAR, staffId: rare[0]!.id });
    expect(person).toMatchObject({ missingCharacters: [], message: null, sample: false });
    const text = pdfText(Buffer.from(person.pdfBase64!, 'base64'));
    expect(text).toContain('吉𠮷');
    expect(text).toContain(account.unit.name.replace(/\s+/g, ''));
    expect(text).toContain('打印时生成');

    const sample = await desk.call('certificatesPreview', { year: YEAR });
    expect(sample.sample).toBe(true);
    expect(pdfText(Buffer.from(sample.pdfBase64!, 'base64'))).toContain('示例单位');
  });

  it('saves one PDF per person, records each, and the server has them after a sync', async () => {
    const directory = join(desk.dir.path, 'saved');
    const job = await runJob({
      year: YEAR,
      selection: { staffIds: rare.map((person) => person.id) },
      output: { kind: 'pdf', files: 'perPerson', directory },
    });

    expect(job.result).toMatchObject({ outcome: 'completed', produced: 3, recorded: 3, failures: [] });
    expect(job.result.message).toContain('已保存 3 份证书');
    expect(job.directory).toBe(directory);
    expect(job.events.map((event) => event.state === 'running' && event.phase)).toEqual(
      expect.arrayContaining(['preparing', 'generating', 'recording']),
    );
    expect(job.result.files).toHaveLength(3);
    const texts = job.result.files.map((file) => pdfText(file));
    for (const file of job.result.files) expect(file.startsWith(directory)).toBe(true);
    for (const person of rare) expect(texts.filter((text) => text.includes(person.name))).toHaveLength(1);

    const numbers = await Promise.all(rare.map(async (person) => (await certificateOf(person.id))!.number));
    expect(new Set(numbers).size).toBe(3);
    for (const number of numbers) expect(texts.filter((text) => text.includes(number))).toHaveLength(1);

    await desk.call('syncNow');
    expect(await waiting()).toBe(0);
    const onServer = await desk.server.context.db
      .selectFrom('certificates')
      .select(['staff_id', 'number', 'verification_code'])
      .where('unit_id', '=', account.unit.id)
      .execute();
    expect(onServer.map((row) => row.number).sort()).toEqual([...numbers].sort());
    const answer = await fetch(
      `${desk.server.baseUrl}/certificates/verify?code=${onServer[0]!.verification_code}`,
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ number: onServer[0]!.number, year: YEAR });
  });

  it('reprints under the same number into the default folder and records nothing new', async () => {
    const before = await certificateOf(rare[0]!.id);
    const job = await runJob({
      year: YEAR,
      selection: { staffIds: [rare[0]!.id] },
      output: { kind: 'pdf', files: 'combined' },
    });
    expect(job.result).toMatchObject({ outcome: 'completed', produced: 1, recorded: 0 });
    expect(job.directory).toBe(join(desk.dir.path, 'certificates', String(YEAR)));
    expect(job.result.files).toHaveLength(1);
    expect(pdfText(job.result.files[0]!)).toContain(before!.number);
    expect(await certificateOf(rare[0]!.id)).toEqual(before);
    expect(await waiting()).toBe(0);
  });

  it.runIf(cupsPdfQueue())('prints to the CUPS queue and records what printed', async () => {
    const job = await runJob({
      year: YEAR,
      selection: { staffIds: [printed.id] },
      output: { kind: 'print', printer: QUEUE, copies: 1 },
    });
    expect(job.result).toMatchObject({ outcome: 'completed', produced: 1, recorded: 1, files: [] });
    expect(job.events.some((event) => event.state === 'running' && event.phase === 'printing')).toBe(true);
    const output = await outputOf(job.result.printJobId!);
    cupsOutputs.push(output);
    expect(pageCount(output)).toBe(1);
    const certificate = await certificateOf(printed.id);
    const sent = pdfText(spooledDocument(job.result.printJobId!));
    expect(sent).toContain('张喆');
    expect(sent).toContain(certificate!.number);
    expect(readdirSync(join(desk.dir.path, 'certificates', '.printing'))).toEqual([]);
  });

  it('reports a printer that does not exist, and records nothing', async () => {
    const job = await runJob({
      year: YEAR,
      selection: { staffIds: [unprinted.id] },
      output: { kind: 'print', printer: '不存在的打印机', copies: 1 },
    });
    expect(job.result.outcome).toBe('failed');
    expect(job.result.message).toMatch(/不存在|CUPS/);
    expect(job.result.recorded).toBe(0);
    expect(await certificateOf(unprinted.id)).toBeNull();
    expect(await recordedOnServer([unprinted.id])).toBe(0);
    expect(readdirSync(join(desk.dir.path, 'certificates', '.printing'))).toEqual([]);
  });

  it('cancels a running job: nothing recorded, no PDF left, and a second job waits its turn', async () => {
    const directory = join(desk.dir.path, 'cancelled');
    let second: Awaited<ReturnType<typeof desk.result>> | null = null;
    let cancelling: Promise<unknown> | null = null;
    const job = await runJob(
      { year: YEAR, selection: { staffIds: crowd }, output: { kind: 'pdf', files: 'perPerson', directory } },
      (jobId, event) => {
        if (cancelling || event.state !== 'running' || event.phase !== 'generating' || event.done === 0)
          return;
        cancelling = (async () => {
          second = await desk.result('certificatesRun', {
            year: YEAR,
            selection: { staffIds: [unprinted.id] },
            output: { kind: 'pdf', files: 'combined', directory },
          });
          await desk.call('certificatesCancel', { jobId });
        })();
      },
    );
    await cancelling;
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(job.result).toMatchObject({ outcome: 'cancelled', recorded: 0, files: [] });
    expect(job.result.message).toContain('已取消');
    const generated = job.events.filter((event) => event.state === 'running' && event.phase === 'generating');
    expect(generated.at(-1)).toMatchObject({ total: CROWD });
    expect(existsSync(directory) ? readdirSync(directory) : []).toEqual([]);
    const people = await desk.call('certificatesPeople', { year: YEAR, staffIds: crowd });
    expect(people.rows.filter((row) => row.certificate !== null)).toEqual([]);
    expect(await recordedOnServer(crowd)).toBe(0);

    const after = await desk.result('certificatesCancel', { jobId: 'gone' });
    expect(after).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('leaves out a certificate with a character no font has, saying who and why', async () => {
    const preview = await desk.call('certificatesPreview', { year: YEAR, staffId: glyphless.id });
    expect(preview).toMatchObject({ pdfBase64: null, missingCharacters: [UNCOVERED] });
    expect(preview.message).toContain(UNCOVERED);

    const job = await runJob({
      year: YEAR,
      selection: { staffIds: [glyphless.id, companion.id] },
      output: { kind: 'pdf', files: 'combined', directory: join(desk.dir.path, 'glyphs') },
    });
    expect(job.result).toMatchObject({ outcome: 'completed', produced: 1, recorded: 1 });
    expect(job.result.failures).toEqual([
      { staffId: glyphless.id, name: glyphless.name, reason: expect.stringContaining(UNCOVERED) },
    ]);
    expect(job.result.message).toContain('1 人未成功');
    expect(pdfText(job.result.files[0]!)).toContain('赵珺');
    expect(await certificateOf(glyphless.id)).toBeNull();
    expect(await certificateOf(companion.id)).not.toBeNull();
  });

  it('refuses a folder that is not a full path, naming the field', async () => {
    const result = await desk.result('certificatesRun', {
      year: YEAR,
      selection: {},
      output: { kind: 'pdf', files: 'combined', directory: 'relative/folder' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!result.ok && result.error.fields!.map((field) => field.field)).toContain('output.directory');
  });

  it('answers the latest state of a job to a screen that missed its events', async () => {
    const job = await runJob({
      year: YEAR,
      selection: { staffIds: [rare[0]!.id] },
      output: { kind: 'pdf', files: 'combined', directory: join(desk.dir.path, 'status') },
    });
    const jobId = job.events[0]!.jobId;
    expect(await desk.call('certificatesJobStatus', { jobId })).toEqual({
      jobId,
      state: 'finished',
      result: job.result,
    });
    expect(await desk.result('certificatesJobStatus', { jobId: 'unknown' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('cancels a running job when the administrator logs out, and records nothing', async () => {
    const directory = join(desk.dir.path, 'logged-out');
    let loggingOut: Promise<unknown> | null = null;
    const job = await runJob(
      { year: YEAR, selection: { staffIds: crowd }, output: { kind: 'pdf', files: 'perPerson', directory } },
      (_jobId, event) => {
        if (loggingOut || event.state !== 'running' || event.phase !== 'generating' || event.done === 0)
          return;
        loggingOut = desk.call('sessionLogOut');
      },
    );
    await loggingOut;
    expect(job.result).toMatchObject({ outcome: 'cancelled', recorded: 0, files: [] });
    expect(await desk.call('sessionCurrent')).toBeNull();
    await logInOk(desk, account);
    const people = await desk.call('certificatesPeople', { year: YEAR, staffIds: crowd });
    expect(people.rows.filter((row) => row.certificate !== null)).toEqual([]);
  });
});
