import { afterAll, describe, expect, it } from 'vitest';
import { ipcChannelNames } from '../../../../src-shared/contract/index.ts';
import { dispatch } from '../../../../src-main/core/index.ts';
import { createCoreServices } from '../../../../src-main/core/services/core-services.ts';
import { unusedHost } from '../../../support/core.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';
import { makeResidentId, makeSocialCreditCode } from '../../../../src-server/seed/identity-numbers.ts';
import { REGISTRATION_SCAN_MAX_BYTES } from '../../../../src-shared/contract/index.ts';
import { dictionaries } from '../../../../src-shared/domain/code-lists.ts';

/** A unit registration the contract accepts; cases below spoil one part of it. */
const registration = {
  code: makeSocialCreditCode('12', '410100', 77009999),
  name: '郑州市测试医院',
  regionCode: '410100',
  natureCode: dictionaries.unitNatures[0]!.code,
  competentDepartment: '河南省卫生健康委员会',
  hrDepartmentCode: dictionaries.hrDepartments[0]!.code,
  affiliationCode: dictionaries.affiliations[0]!.code,
  levelCode: dictionaries.unitLevels[0]!.code,
  industryCode: dictionaries.industries[0]!.code,
  address: '郑州市金水区花园路 1 号',
  contactName: '王主任',
  contactPhone: '0371-65550000',
  applicant: {
    idNumber: makeResidentId('410105', '1985-06-01', 17),
    name: '王测试',
    password: 'Passw0rd2026',
    phone: '13800001111',
    email: 'wang@example.com',
  },
  scan: { fileName: '营业执照.png', contentBase64: Buffer.from('scan').toString('base64') },
};

const dir = makeTempDir('contract-inputs');
const core = createCoreServices({
  userDataDir: dir.path,
  identity: { productName: '测试', version: '0.0.1', runtime: 'browser-shell' },
  host: unusedHost,
});

afterAll(async () => {
  await core.close();
  dir.remove();
});

describe('every call validates its input through the contract', () => {
  it.each(ipcChannelNames)('%s refuses an unexpected field, naming it', async (channel) => {
    const result = await dispatch(core.handlers, channel, { unexpected: 1 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        fields: expect.arrayContaining([expect.objectContaining({ field: 'unexpected' })]),
      },
    });
  });

  it.each([
    ['declarationsApprove', {}, 'ids'],
    ['declarationsReject', { ids: ['d1'], reason: ' ' }, 'reason'],
    ['departmentsCreate', { parentId: null, name: '' }, 'name'],
    ['departmentsMove', { departmentId: 'not-a-uuid', parentId: null }, 'departmentId'],
    ['staffList', { limit: 1000 }, 'limit'],
    ['registrationsApprove', { staffIds: [] }, 'staffIds'],
    ['settingsSet', { prefetchBudgetMb: -1 }, 'prefetchBudgetMb'],
    ['sessionUnlock', { accountId: 'a' }, 'password'],
    ['passwordChange', { oldPassword: 'Same-passw0rd', newPassword: 'Same-passw0rd' }, 'newPassword'],
    [
      'certificatesRecord',
      { year: 2026, items: [{ staffId: 's', number: 'N1', verificationCode: 'short' }] },
      'items.0.verificationCode',
    ],
    ['syncConflictRedo', { conflictId: 0 }, 'conflictId'],
    ['profileUpdate', { name: '改名' }, 'name'],
    ['profileUpdate', { idNumber: '410105198506010017' }, 'idNumber'],
    ['profileUpdate', { phone: '1380000' }, 'phone'],
    ['profileUpdate', { email: 'nobody@' }, 'email'],
    ['unitRegistrationSubmit', { ...registration, code: '12345' }, 'code'],
    [
      'unitRegistrationSubmit',
      { ...registration, applicant: { ...registration.applicant, idNumber: '410105198506010010' } },
      'applicant.idNumber',
    ],
    ['unitRegistrationSubmit', { ...registration, contactPhone: '65550000' }, 'contactPhone'],
    [
      'unitRegistrationSubmit',
      { ...registration, scan: { ...registration.scan, contentBase64: 'not base64!' } },
      'scan.contentBase64',
    ],
    [
      'unitRegistrationSubmit',
      {
        ...registration,
        scan: {
          ...registration.scan,
          contentBase64: Buffer.alloc(REGISTRATION_SCAN_MAX_BYTES + 1).toString('base64'),
        },
      },
      'scan.contentBase64',
    ],
  ])('%s refuses bad input naming %s', async (channel, args, field) => {
    const result = await dispatch(core.handlers, channel, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(!result.ok && result.error.fields!.map((entry) => entry.field)).toContain(field);
  });

  it('answers calls that need an account with UNAUTHENTICATED before log-in', async () => {
    expect(await dispatch(core.handlers, 'declarationsList', {})).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '请先登录' },
    });
    expect(await dispatch(core.handlers, 'syncState', undefined)).toEqual({ ok: true, value: null });
  });

  it('takes a good unit registration, then needs a server to send it to', async () => {
    expect(await dispatch(core.handlers, 'unitRegistrationSubmit', registration)).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '尚未设置服务器地址，请在「设置」中填写' },
    });
    const atLimit = Buffer.alloc(REGISTRATION_SCAN_MAX_BYTES).toString('base64');
    const big = { ...registration, scan: { ...registration.scan, contentBase64: atLimit } };
    expect(await dispatch(core.handlers, 'unitRegistrationSubmit', big)).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });

  it('asks for a server address before an online log-in', async () => {
    expect(await dispatch(core.handlers, 'sessionCaptcha', undefined)).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '尚未设置服务器地址，请在「设置」中填写' },
    });
  });
});
