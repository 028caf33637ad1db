import { afterAll, describe, expect, it } from 'vitest';
import { ipcChannelNames } from '../../../../src-shared/contract/index.ts';
import { dispatch } from '../../../../src-main/core/index.ts';
import { createCoreServices } from '../../../../src-main/core/services/core-services.ts';
import { unusedHost } from '../../../support/core.ts';
import { makeTempDir } from '../../../support/temp-dir.ts';

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

  it('asks for a server address before an online log-in', async () => {
    expect(await dispatch(core.handlers, 'sessionCaptcha', undefined)).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '尚未设置服务器地址，请在「设置」中填写' },
    });
  });
});
