import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CertificateNumbering,
  type CertificateLease,
  type LeaseNumbers,
  type LeaseRequest,
} from '../../../../src-main/core/certificates/numbers/certificate-numbering.ts';
import { newVerificationCode } from '../../../../src-main/core/certificates/numbers/verification-code.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';

const UNIT = '91410100MA45ABCD1X';
const CLIENT_A = '6f1c2d3e-0000-4000-8000-000000000001';
const CLIENT_B = '9a8b7c6d-0000-4000-8000-000000000002';

/** The server's leasing: blocks of a unit never overlap. */
function fakeServer() {
  let highest = 0;
  const requests: LeaseRequest[] = [];
  const lease = async (request: LeaseRequest): Promise<CertificateLease> => {
    requests.push(request);
    const first = highest + 1;
    highest += request.count;
    return { prefix: `HN${request.year}${UNIT}`, first, last: highest };
  };
  return { lease, requests };
}

const offlineLease = async (): Promise<CertificateLease> => {
  throw new Error('无法连接服务器');
};

describe('certificate numbering', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir('numbering');
  });
  afterEach(() => dir.remove());

  const numbering = (clientId: string, lease: LeaseNumbers | null, blockSize = 5) =>
    new CertificateNumbering({
      file: join(dir.path, `${clientId}.json`),
      clientId,
      unitCode: UNIT,
      lease,
      blockSize,
    });

  it('numbers from leased blocks, leasing at least a block at a time', async () => {
    const server = fakeServer();
    const client = numbering(CLIENT_A, server.lease);
    expect(await client.allocate(2025, 2)).toEqual({
      numbers: [`HN2025${UNIT}00001`, `HN2025${UNIT}00002`],
      offline: 0,
    });
    expect(await client.allocate(2025, 2)).toEqual({
      numbers: [`HN2025${UNIT}00003`, `HN2025${UNIT}00004`],
      offline: 0,
    });
    expect(server.requests).toEqual([{ clientId: CLIENT_A, year: 2025, count: 5 }]);
    expect(client.remaining(2025)).toBe(1);
  });

  it('never hands out a number twice across PCs, online or offline', async () => {
    const server = fakeServer();
    const a = numbering(CLIENT_A, server.lease);
    const b = numbering(CLIENT_B, server.lease);
    await a.reserve(2025, 3);
    await b.reserve(2025, 3);
    const offlineA = numbering(CLIENT_A, null);
    const offlineB = numbering(CLIENT_B, offlineLease);
    const all = [
      ...(await offlineA.allocate(2025, 8)).numbers,
      ...(await offlineB.allocate(2025, 8)).numbers,
      ...(await a.allocate(2025, 4)).numbers,
    ];
    expect(new Set(all).size).toBe(all.length);
    for (const number of all) expect(number.length).toBeLessThanOrEqual(40);
  });

  it('goes on offline with the client tag once its leases are used up, and says how many', async () => {
    const server = fakeServer();
    await numbering(CLIENT_A, server.lease).reserve(2025, 2);
    const offline = numbering(CLIENT_A, offlineLease);
    const { numbers, offline: count } = await offline.allocate(2025, 7);
    expect(count).toBe(2);
    expect(numbers.slice(0, 5)).toEqual([1, 2, 3, 4, 5].map((n) => `HN2025${UNIT}0000${n}`));
    expect(numbers.slice(5)).toEqual([`HN2025${UNIT}L6F1C2D3E0001`, `HN2025${UNIT}L6F1C2D3E0002`]);
    expect((await offline.allocate(2025, 1)).numbers).toEqual([`HN2025${UNIT}L6F1C2D3E0003`]);
  });

  it('keeps its leases and counters on disk for the next start', async () => {
    const server = fakeServer();
    await numbering(CLIENT_A, server.lease).allocate(2026, 1);
    const restarted = numbering(CLIENT_A, null);
    expect(restarted.remaining(2026)).toBe(4);
    expect((await restarted.allocate(2026, 1)).numbers).toEqual([`HN2026${UNIT}00002`]);
  });

  it('serves concurrent allocations one after the other', async () => {
    const client = numbering(CLIENT_A, fakeServer().lease);
    const results = await Promise.all([
      client.allocate(2025, 3),
      client.allocate(2025, 3),
      client.allocate(2025, 3),
    ]);
    const numbers = results.flatMap((result) => result.numbers);
    expect(new Set(numbers).size).toBe(9);
  });

  it('refuses to go on from a damaged file rather than start numbering again', async () => {
    const client = numbering(CLIENT_A, null);
    writeFileSync(join(dir.path, `${CLIENT_A}.json`), '{"leases": "?"}');
    await expect(client.allocate(2025, 1)).rejects.toThrow('证书编号记录文件已损坏');
  });
});

describe('verification codes', () => {
  it('are 16 characters of an unambiguous alphabet, and differ', () => {
    const codes = Array.from({ length: 1000 }, newVerificationCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{16}$/);
    expect(new Set(codes).size).toBe(1000);
  });
});
