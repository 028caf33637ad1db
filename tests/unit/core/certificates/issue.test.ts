import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mutationArgsSchemas } from '../../../../src-shared/contract/sync.ts';
import {
  issueCertificates,
  type CertificatePerson,
} from '../../../../src-main/core/certificates/issue-certificates.ts';
import { CertificateNumbering } from '../../../../src-main/core/certificates/numbers/certificate-numbering.ts';
import {
  readCertificateUnit,
  readVerificationCodes,
} from '../../../../src-main/core/certificates/certificate-cache.ts';
import { makeTempDir, type TempDir } from '../../../support/temp-dir.ts';
import { tempCache } from '../cache/support/temp-cache.ts';
import { pageOf } from '../cache/support/pages.ts';
import { applyPullPage } from '../../../../src-main/core/cache/apply-pull-page.ts';

const person = (staffId: string, fields: Partial<CertificatePerson> = {}): CertificatePerson => ({
  staffId,
  name: '张三',
  idNumber: '410105199001011234',
  departmentName: '内科',
  publicHours: 24,
  professionalHours: 66,
  totalHours: 90,
  publicMet: true,
  professionalMet: true,
  totalMet: true,
  met: true,
  certificate: null,
  ...fields,
});

describe('issueCertificates', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = makeTempDir('issue');
  });
  afterEach(() => dir.remove());

  const numbering = () =>
    new CertificateNumbering({
      file: join(dir.path, 'numbers.json'),
      clientId: '6f1c2d3e-0000-4000-8000-000000000001',
      unitCode: '91410100MA45ABCD1X',
      lease: null,
    });

  it('numbers new certificates and gives the certificates.record arguments the server accepts', async () => {
    const { certificates, offlineNumbers } = await issueCertificates([person('s1'), person('s2')], {
      year: 2025,
      requirement: { totalHours: 90, publicMinHours: 24, professionalMinHours: 60 },
      unitName: '郑州市第一人民医院',
      numbering: numbering(),
      now: () => new Date('2026-01-05T02:00:00.000Z'),
    });
    expect(offlineNumbers).toBe(2);
    const [first, second] = certificates;
    expect(first!.data.number).not.toBe(second!.data.number);
    expect(first!.data.verificationCode).not.toBe(second!.data.verificationCode);
    for (const { record } of certificates)
      expect(mutationArgsSchemas['certificates.record'].parse(record)).toEqual(record);
    expect(first!.record).toMatchObject({
      staffId: 's1',
      year: 2025,
      requiredHours: 90,
      met: true,
      printedAt: '2026-01-05T02:00:00.000Z',
    });
  });

  it('reprints a recorded certificate under its number and code, with nothing new to record', async () => {
    const recorded = { id: 'c1', number: 'HN2025X00007', verificationCode: 'ABCDEFGHJKLMNPQR' };
    const { certificates, offlineNumbers } = await issueCertificates(
      [person('s1', { certificate: recorded })],
      {
        year: 2025,
        requirement: null,
        unitName: '郑州市第一人民医院',
        numbering: numbering(),
      },
    );
    expect(offlineNumbers).toBe(0);
    expect(certificates[0]!.data).toMatchObject({
      certificateId: 'c1',
      number: 'HN2025X00007',
      verificationCode: 'ABCDEFGHJKLMNPQR',
    });
    expect(certificates[0]!.record).toBeNull();
  });
});

describe('certificate data from the cache', () => {
  it('reads the unit and the codes of recorded certificates', async () => {
    const cache = await tempCache('certificate-cache');
    try {
      const unit = {
        id: 'u1',
        code: '91410100MA45ABCD1X',
        code_kind: 'uscc',
        name: '郑州市第一人民医院',
        region_code: '410100',
        nature_code: '',
        competent_department: '',
        hr_department_code: '',
        affiliation_code: '',
        level_code: '',
        industry_code: '',
        address: '',
        contact_name: '',
        contact_phone: '',
        status: 'approved',
        version: 1,
      };
      const certificate = {
        id: 'c1',
        staff_id: 's1',
        year: 2025,
        number: 'HN1',
        verification_code: 'ABCDEFGHJKLMNPQR',
        public_hours: 24,
        professional_hours: 66,
        total_hours: 90,
        required_hours: 90,
        met: 1,
        printed_at: '2026-01-05T02:00:00.000Z',
        printed_by: 'a1',
        client_id: 'x',
        version: 1,
      };
      applyPullPage(cache, pageOf({ units: [unit], certificates: [certificate] }), () => new Date());
      expect(await readCertificateUnit(cache.db)).toEqual({
        name: '郑州市第一人民医院',
        code: '91410100MA45ABCD1X',
      });
      expect(await readVerificationCodes(cache.db, ['c1', 'c2'])).toEqual(
        new Map([['c1', 'ABCDEFGHJKLMNPQR']]),
      );
    } finally {
      await cache.dispose();
    }
  });
});
