import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src-shared/contract/sync.ts';
import type { StaffTable, UnitsTable } from '../../../src-server/db/schema.ts';
import { generateCertificates } from '../../../src-main/core/certificates/batch/generate-batch.ts';
import {
  issueCertificates,
  type CertificatePerson,
} from '../../../src-main/core/certificates/issue-certificates.ts';
import { CertificateNumbering } from '../../../src-main/core/certificates/numbers/certificate-numbering.ts';
import { serverLease } from '../../../src-main/core/certificates/numbers/server-lease.ts';
import { printBatch } from '../../../src-main/core/certificates/print-batch.ts';
import { cupsPrinter } from '../../../src-main/core/printing/cups-printer.ts';
import { insertStaff, insertUnit, insertUnitAdmin, tokenFor } from '../../support/server-fixtures.ts';
import { makeTempDir, type TempDir } from '../../support/temp-dir.ts';
import { startTestServer, type TestServer } from '../../support/test-server.ts';
import { QUEUE, cupsPdfQueue, outputOf, pageCount } from './support/cups.ts';

const YEAR = 2026;
/** Nothing listens here: the server is out of reach, as on a PC that went offline. */
const UNREACHABLE = 'http://127.0.0.1:9/api/v1';

const person = (staff: StaffTable): CertificatePerson => ({
  staffId: staff.id,
  name: staff.name,
  idNumber: staff.id_number,
  departmentName: null,
  publicHours: 30,
  professionalHours: 64,
  totalHours: 94,
  publicMet: true,
  professionalMet: true,
  totalMet: true,
  met: true,
  certificate: null,
});

describe.runIf(cupsPdfQueue())('certificates printed offline, recorded and verified later', () => {
  let server: TestServer;
  let dir: TempDir;
  let unit: UnitsTable;
  let token: string;
  let staff: StaffTable[];
  const clientId = randomUUID();
  const outputs: string[] = [];

  beforeAll(async () => {
    dir = makeTempDir('offline-print');
    server = await startTestServer('sqlite');
    unit = await insertUnit(server.context);
    const admin = await insertUnitAdmin(server.context, unit.id);
    token = await tokenFor(server.context, { kind: 'unit_admin', id: admin.id, unitId: unit.id });
    staff = [
      await insertStaff(server.context, unit.id, { name: '吉𠮷' }),
      await insertStaff(server.context, unit.id, { name: '王㛃' }),
      await insertStaff(server.context, unit.id, { name: '刘䶮' }),
    ];
  });
  afterAll(async () => {
    for (const file of outputs) rmSync(file, { force: true });
    await server.app.close();
    await server.serverDb.close();
    await delay(100);
    await server.close();
    dir.remove();
  });

  it('leases numbers online, prints offline beyond them, and the server records and verifies every one', async () => {
    const file = join(dir.path, 'numbers.json');
    const numbering = (lease: ReturnType<typeof serverLease>) =>
      new CertificateNumbering({ file, clientId, unitCode: unit.code, lease, blockSize: 2 });
    expect(await numbering(serverLease(server.baseUrl, token)).reserve(YEAR, 2)).toBe(2);

    const offline = numbering(serverLease(UNREACHABLE, token));
    const { certificates, offlineNumbers } = await issueCertificates(staff.map(person), {
      year: YEAR,
      requirement: { totalHours: 90, publicMinHours: 24, professionalMinHours: 60 },
      unitName: unit.name,
      numbering: offline,
    });
    expect(offlineNumbers).toBe(1);
    expect(certificates.map((certificate) => certificate.data.number)).toEqual([
      `HN${YEAR}${unit.code}00001`,
      `HN${YEAR}${unit.code}00002`,
      `HN${YEAR}${unit.code}L${clientId.slice(0, 8).toUpperCase()}0001`,
    ]);

    const pdf = join(dir.path, 'certificates.pdf');
    const batch = await generateCertificates({
      rendering: {},
      certificates,
      output: { kind: 'combined', file: pdf },
    });
    const printed = await printBatch(cupsPrinter({ pollMs: 100 }), batch.files, { printer: QUEUE });
    expect(printed.outcome.status).toBe('completed');
    const output = await outputOf(printed.outcome.jobId!);
    outputs.push(output);
    expect(pageCount(output)).toBe(3);

    const mutations = printed.records.map((args, index) => ({
      mutationId: index + 1,
      name: 'certificates.record',
      args,
    }));
    const push = await fetch(`${server.baseUrl}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ clientId, mutations }),
    });
    const { results } = (await push.json()) as PushResponse;
    expect(results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);

    for (const { data } of certificates) {
      const answer = await fetch(`${server.baseUrl}/certificates/verify?code=${data.verificationCode}`);
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({
        number: data.number,
        year: YEAR,
        totalHours: 94,
        met: true,
      });
    }
  });
});
